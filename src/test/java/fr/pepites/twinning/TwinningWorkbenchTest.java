package fr.pepites.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.workbench.Acceptance;
import fr.pepites.workbench.SolveRun;
import fr.pepites.workbench.WorkbenchRow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The coordinators' twinning workbench: the shared machinery over the twinning problem, to the director's approval. */
@PepitesSpringTest
@Transactional
class TwinningWorkbenchTest {

    private static final LocalDate MONDAY = LocalDate.now().plusWeeks(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Autowired
    TwinningService twinnings;
    @Autowired
    TwinningFixtures fixtures;
    @Autowired
    TestUsers users;

    private Twinning waiting;

    @BeforeEach
    void aRequestWaits() {
        fixtures.offerAtChartrons();
        waiting = fixtures.submitted(MONDAY);
        users.login(TestUsers.COORDINATOR);
    }

    @AfterEach
    void waitForTheEnd() {
        users.login(TestUsers.COORDINATOR);
        twinnings.stop();
        awaitTheEnd();
        users.logout();
    }

    private void awaitTheEnd() {
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ofMillis(200))
                .until(() -> twinnings.current().map(run -> !run.running()).orElse(true));
    }

    private WorkbenchRow rowOf(Twinning t) {
        return twinnings.proposals().stream().filter(r -> r.id().equals(t.businessKey())).findFirst().orElseThrow();
    }

    @Test
    void everyWaitingRequestIsPlacedWithoutBreakingAHardRuleAndExplained() {
        twinnings.start();
        awaitTheEnd();
        assertThat(twinnings.current().orElseThrow().status()).as("ended by CP-SAT's proof, shown optimum prouvé")
                .isEqualTo(SolveRun.Status.OPTIMAL);
        WorkbenchRow row = rowOf(waiting);
        assertThat(row.hasProposal()).isTrue();
        assertThat(row.acceptable()).isTrue();
        assertThat(row.fact(TwinningService.DATES)).isNotEqualTo("—");
        assertThat(row.reasons()).extracting(WorkbenchRow.Reason::constraint)
                .contains(TwinningWeights.BALANCE, TwinningWeights.LATER);
        assertThat(twinnings.proposals()).filteredOn(WorkbenchRow::hasProposal)
                .allSatisfy(r -> assertThat(r.reasons()).allSatisfy(reason -> assertThat(reason.hard()).isZero()));
    }

    @Test
    void acceptingAProposalSendsTheRequestToItsDirectorForApproval() {
        twinnings.start();
        awaitTheEnd();
        Acceptance done = twinnings.accept(List.of(waiting.businessKey()));
        assertThat(done.refused()).isEmpty();
        assertThat(done.sent()).isEqualTo(1);
        assertThat(waiting.getStatus()).isEqualTo(TwinningStatus.AWAITING_APPROVAL);
        assertThat(waiting.getDates()).hasSize(Twinning.DAYS);
        assertThat(rowOf(waiting).decision()).isEqualTo(WorkbenchRow.Decision.ACCEPTED);
    }

    @Test
    void aRejectedProposalIsNotMadeAgainWhenTheRestIsResolved() {
        twinnings.start();
        awaitTheEnd();
        String first = rowOf(waiting).proposalKey();
        twinnings.reject(List.of(waiting.businessKey()));
        twinnings.resolve();
        awaitTheEnd();
        assertThat(rowOf(waiting).proposalKey()).isNotEqualTo(first);
    }

    @Test
    void onlyCoordinatorsUseTheWorkbench() {
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThatThrownBy(twinnings::start).isInstanceOf(AccessDeniedException.class);
    }
}
