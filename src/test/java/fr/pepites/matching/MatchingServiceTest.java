package fr.pepites.matching;

import fr.pepites.workbench.Acceptance;
import fr.pepites.workbench.SolveRun;
import fr.pepites.workbench.WorkbenchRow;
import static fr.pepites.referral.ReferralFixtures.validReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.common.InvalidInputException;
import fr.pepites.referral.Referral;
import fr.pepites.referral.ReferralService;
import fr.pepites.referral.ReferralStatus;
import fr.pepites.vacancy.ContractType;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.vacancy.VacancyData;
import fr.pepites.vacancy.VacancyKind;
import fr.pepites.vacancy.VacancyService;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.workbench.WorkbenchStore;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's workbench through the service: solve, review, accept, reject, re-solve. Every database access
 * happens in the test's thread (the solver only computes), so the test's transaction rolls it all back.
 */
@PepitesSpringTest
@Transactional
class MatchingServiceTest {

    @Autowired
    MatchingService matching;
    @Autowired
    ReferralService referrals;
    @Autowired
    VacancyService vacancies;
    @Autowired
    TestUsers users;
    @Autowired
    SolverManager<MatchingProblem, Long> solverManager;
    @Autowired
    SolverFactory<MatchingProblem> solverFactory;
    @Autowired
    CurrentUserProvider currentUser;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    WorkbenchStore store;
    @Autowired
    JdbcTemplate jdbc;

    private Referral waiting;
    private Vacancy job;

    @BeforeEach
    void aReferralWaitsAndAVacancyFitsIt() {
        users.login(TestUsers.SIAE_DIRECTOR);
        VacancyData data = new VacancyData();
        data.setJobTitleCode("16507");
        data.setKind(VacancyKind.INSERTION);
        data.setContractType(ContractType.CDDI);
        data.setHoursPerWeek(26);
        data.setSeats(10);
        data.setCommuneCode("33063");
        data.setStartDate(LocalDate.now().plusDays(10));
        data.setRequiredLicences(Set.of());
        job = vacancies.create(data);
        users.login(TestUsers.CEP_ADVISER);
        waiting = referrals.submit(null, validReferral("Solveur", null));
        assertThat(waiting.getStatus()).isEqualTo(ReferralStatus.AWAITING_MATCH);
        users.login(TestUsers.COORDINATOR);
    }

    @AfterEach
    void waitForTheEndOfTheSolve() {
        users.login(TestUsers.COORDINATOR);
        matching.stop();
        awaitTheEnd();
        users.logout();
    }

    /** Polls in the test's thread, which holds the coordinator's login. */
    private void awaitTheEnd() {
        await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> matching.current().map(run -> !run.running()).orElse(true));
    }

    private void solve() {
        matching.start();
        awaitTheEnd();
    }

    private WorkbenchRow rowOf(Referral referral) {
        return matching.proposals().stream().filter(r -> r.id().equals(referral.businessKey())).findFirst()
                .orElseThrow();
    }

    @Test
    void aSecondCoordinatorSeesTheRunningSolveAndCannotStartAnother() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        // The solver's only thread held: the solve stays running (its proven optimum would end it at once).
        try (SolverManager<MatchingProblem, Long> oneThread = oneThreadHeldUntil(busy)) {
            nodeOn(oneThread).start();
            users.login("coordination2@pepites.demo");
            SolveRun run = matching.current().orElseThrow();
            assertThat(run.running()).isTrue();
            assertThat(run.startedBy()).isEqualTo("Claire Dubois");
            assertThatThrownBy(matching::start).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Un calcul est déjà en cours (lancé par Claire Dubois)");
            busy.countDown();
            awaitTheEnd();
        }
        assertThat(matching.current().orElseThrow().status()).isEqualTo(SolveRun.Status.OPTIMAL);
        assertThat(matching.current().orElseThrow().placed()).isPositive();
    }

    @Test
    void aSolveWhoseConstructionIsProvenOptimalEndsThereAndSaysSo() {
        solve();

        SolveRun run = matching.current().orElseThrow();
        assertThat(run.status()).as("ended by the proof, not by a limit").isEqualTo(SolveRun.Status.OPTIMAL);
        assertThat(run.score()).startsWith("aucune règle impérative enfreinte · ").endsWith(" points");
    }

    @Test
    void eachProposalIsExplainedAndNoneBreaksAHardRule() {
        solve();
        WorkbenchRow row = rowOf(waiting);
        assertThat(row.proposalKey()).isEqualTo("V-" + job.getId());
        assertThat(row.fact(MatchingService.DISTANCE)).isEqualTo("0 km");
        assertThat(row.fact(MatchingService.ROME_FIT)).isEqualTo("un métier que la personne vise");
        assertThat(row.acceptable()).isTrue();
        assertThat(row.reasons()).extracting(WorkbenchRow.Reason::constraint)
                .contains(MatchingWeights.MATCHED, MatchingWeights.SAME_ROME_CODE, MatchingWeights.SPREAD);
        assertThat(matching.proposals()).filteredOn(WorkbenchRow::hasProposal)
                .allSatisfy(r -> assertThat(r.reasons()).allSatisfy(reason -> assertThat(reason.hard()).isZero()));
    }

    @Test
    void acceptingAProposalSendsTheReferralToTheSiaeThroughItsProcess() {
        solve();
        Acceptance done = matching.accept(List.of(waiting.businessKey()));

        assertThat(done.sent()).isEqualTo(1);
        assertThat(done.refused()).isEmpty();
        assertThat(waiting.getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(waiting.getVacancy().getId()).isEqualTo(job.getId());
        assertThat(rowOf(waiting).decision()).isEqualTo(WorkbenchRow.Decision.ACCEPTED);
        assertThat(rowOf(waiting).acceptable()).isFalse();
    }

    @Test
    void aVacancyClosedDuringTheSolveIsRefusedAtAcceptanceWithAClearMessage() {
        solve();
        users.login(TestUsers.SIAE_DIRECTOR);
        vacancies.setOpen(job.getId(), false);
        users.login(TestUsers.COORDINATOR);

        Acceptance done = matching.accept(List.of(waiting.businessKey()));

        assertThat(done.sent()).isZero();
        assertThat(done.refused()).containsExactly(waiting.businessKey() + " : " + job.getJobTitle().getName()
                + " (Atelier Vélo Solidaire) est fermée ou n'a plus de place libre.");
        assertThat(waiting.getStatus()).isEqualTo(ReferralStatus.AWAITING_MATCH);
    }

    @Test
    void aRejectedProposalIsNotMadeAgainWhenTheRestIsResolved() {
        solve();
        matching.reject(List.of(waiting.businessKey()));
        assertThat(rowOf(waiting).decision()).isEqualTo(WorkbenchRow.Decision.REJECTED);

        matching.resolve();
        awaitTheEnd();

        assertThat(rowOf(waiting).proposalKey()).isNotEqualTo("V-" + job.getId());
    }

    @Test
    void acceptedProposalsStayPinnedWhenTheRestIsResolved() {
        solve();
        matching.accept(List.of(waiting.businessKey()));
        matching.resolve();
        awaitTheEnd();

        assertThat(rowOf(waiting).proposalKey()).isEqualTo("V-" + job.getId());
        assertThat(rowOf(waiting).decision()).isEqualTo(WorkbenchRow.Decision.ACCEPTED);
        assertThat(rowOf(waiting).pinned()).isTrue();
    }

    @Test
    void aResolveAfterAnAcceptanceProvesTheOptimumForTheOthers() throws Exception {
        // A node whose construction may take 2 s, counted from each solve's start (SolveProblem.beforeSolve), not from
        // when its problem was built again at the accept: the coordinator may take longer before re-solving.
        users.login(TestUsers.CEP_ADVISER);
        Referral other = referrals.submit(null, validReferral("Solveuse", null));
        users.login(TestUsers.COORDINATOR);
        MatchingService node = new MatchingService(solverManager, referrals, vacancies, currentUser, transactions,
                store, 30, Duration.ofSeconds(2), solverFactory);
        node.start();
        await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> node.current().map(run -> !run.running()).orElse(true));
        node.accept(List.of(waiting.businessKey()));
        node.proposals();

        node.resolve();
        await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> node.current().map(run -> !run.running()).orElse(true));

        assertThat(node.current().orElseThrow().status()).as("ended by the construction's proof")
                .isEqualTo(SolveRun.Status.OPTIMAL);
        assertThat(node.proposals().stream().filter(r -> r.id().equals(other.businessKey())).findFirst()
                .orElseThrow().hasProposal()).isTrue();
    }

    /** The same service with nothing in memory: another node, or this one after a restart. */
    private MatchingService anotherNode() {
        return nodeOn(solverManager);
    }

    private MatchingService nodeOn(SolverManager<MatchingProblem, Long> solver) {
        return new MatchingService(solver, referrals, vacancies, currentUser, transactions, store, 30,
                java.time.Duration.ofSeconds(60), solverFactory);
    }

    @Test
    void anotherNodeShowsTheSameProposalsAndDecisionsFromTheDatabase() {
        solve();
        MatchingService other = anotherNode();
        assertThat(other.current().orElseThrow().status()).isEqualTo(SolveRun.Status.OPTIMAL);
        assertThat(other.proposals()).extracting(WorkbenchRow::id, WorkbenchRow::proposalKey, WorkbenchRow::decision)
                .isEqualTo(matching.proposals().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.id(),
                        r.proposalKey(), r.decision())).toList());

        other.pin(List.of(waiting.businessKey()), true);
        assertThat(rowOf(waiting).pinned()).isTrue();
        other.accept(List.of(waiting.businessKey()));
        assertThat(waiting.getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(rowOf(waiting).decision()).isEqualTo(WorkbenchRow.Decision.ACCEPTED);
        assertThat(anotherNode().proposals()).filteredOn(r -> r.id().equals(waiting.businessKey()))
                .extracting(WorkbenchRow::decision, WorkbenchRow::proposalKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WorkbenchRow.Decision.ACCEPTED,
                        "V-" + job.getId()));
        assertThat(matching.accept(List.of(waiting.businessKey())).refused())
                .containsExactly(waiting.businessKey() + " : la proposition a déjà été acceptée ou n'existe plus.");
    }

    @Test
    void anotherNodeSeesTheRunningSolveCannotStartAnotherAndStopsIt() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        // The solver's only thread held: the solve stays running (its proven optimum would end it at once).
        try (SolverManager<MatchingProblem, Long> oneThread = oneThreadHeldUntil(busy)) {
            MatchingService solving = nodeOn(oneThread);
            solving.start();
            MatchingService other = anotherNode();
            assertThat(other.current().orElseThrow().running()).isTrue();
            assertThat(other.proposals()).isEmpty();
            assertThatThrownBy(other::start).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Un calcul est déjà en cours");

            other.stop();
            // Carried out by the node that solves, at its next look at the run.
            awaitTheEnd();
            assertThat(solving.current().orElseThrow().status()).isEqualTo(SolveRun.Status.STOPPED);
            assertThat(other.current().orElseThrow().status()).isEqualTo(SolveRun.Status.STOPPED);
            busy.countDown();
        }
    }

    @Test
    void aSolveWhoseNodeDiedAfterSavingIsInterruptedWithTheProposalsItSavedCountedAndDated() {
        solve();
        SolveRun.Kept saved = matching.current().orElseThrow().kept();
        nodeKilledAMinuteAgo();

        MatchingService restarted = anotherNode();
        SolveRun run = restarted.current().orElseThrow();
        assertThat(run.status()).isEqualTo(SolveRun.Status.INTERRUPTED);
        assertThat(run.kept().byThisRun()).isTrue();
        assertThat(run.kept().savedAt()).isEqualTo(saved.savedAt()).isAfterOrEqualTo(run.startedAt());
        assertThat(run.kept().proposals()).isEqualTo(restarted.proposals().stream()
                .filter(WorkbenchRow::hasProposal).count()).isPositive();
        assertThat(rowOf(waiting).proposalKey()).isEqualTo("V-" + job.getId());
        // Started again (here on this node's own workbench, the one that solves).
        matching.start();
        assertThat(restarted.current().orElseThrow().running()).isTrue();
    }

    @Test
    void aSolveWhoseNodeDiedBeforeItsFirstSaveLeavesThePreviousProposalsShownAndActionable() throws Exception {
        solve();
        SolveRun.Kept previous = matching.current().orElseThrow().kept();
        assertThat(previous.byThisRun()).isTrue();
        CountDownLatch busy = new CountDownLatch(1);
        // The solver's only thread held: the new solve never gets to save anything.
        try (SolverManager<MatchingProblem, Long> oneThread = oneThreadHeldUntil(busy)) {
            MatchingService dying = nodeOn(oneThread);
            dying.start();
            nodeKilledAMinuteAgo();
            dying.stop(); // What it does in memory no longer reaches the database (another node holds the run).
            busy.countDown();
        }

        MatchingService restarted = anotherNode();
        SolveRun run = restarted.current().orElseThrow();
        assertThat(run.status()).isEqualTo(SolveRun.Status.INTERRUPTED);
        assertThat(run.kept()).as("the previous solve's, as saved at its end")
                .isEqualTo(new SolveRun.Kept(previous.proposals(), previous.savedAt(), false));
        assertThat(restarted.proposals()).filteredOn(r -> r.id().equals(waiting.businessKey()))
                .extracting(WorkbenchRow::proposalKey, WorkbenchRow::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("V-" + job.getId(),
                        WorkbenchRow.Decision.PROPOSED));
        assertThat(restarted.accept(List.of(waiting.businessKey())).sent()).isEqualTo(1);
    }

    /** A solver manager of one thread, held by a job that ends when {@code busy} is counted down. */
    private SolverManager<MatchingProblem, Long> oneThreadHeldUntil(CountDownLatch busy) {
        SolverManager<MatchingProblem, Long> oneThread = SolverManager.create(solverFactory,
                new SolverManagerConfig().withParallelSolverCount("1"));
        oneThread.solve(-1L, id -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("fin de l'occupation");
        }, solution -> { }, (id, error) -> { });
        return oneThread;
    }

    /** As the database stands when the node that was solving was killed a minute ago. */
    private void nodeKilledAMinuteAgo() {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.executeWithoutResult(status -> jdbc.update("update workbench_run set status = 'RUNNING', "
                + "node = 'killed', heartbeat_at = ? where feature = 'matching'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60))));
    }

    @Test
    void aSolveStoppedBeforeTheSolverStartedItEndsStoppedInsteadOfRunningForEver() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        // The solver's only thread held by another job, as by the last solve still winding down.
        try (SolverManager<MatchingProblem, Long> oneThread = oneThreadHeldUntil(busy)) {
            MatchingService node = nodeOn(oneThread);
            node.start();
            assertThat(node.current().orElseThrow().running()).isTrue();

            node.stop();

            assertThat(node.current().orElseThrow().status()).isEqualTo(SolveRun.Status.STOPPED);
            assertThat(matching.current().orElseThrow().status()).as("as every node sees it")
                    .isEqualTo(SolveRun.Status.STOPPED);
            busy.countDown();
        }
    }

    @Test
    void onlyCoordinatorsUseTheWorkbench() {
        users.login(TestUsers.CEP_ADVISER);
        assertThatThrownBy(matching::start).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theExportIsPseudonymised() {
        MatchingInstance exported = matching.exportInstance();
        assertThat(exported.candidates()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.id()).matches("C\\d+"));
        assertThat(exported.vacancies()).allSatisfy(v -> {
            assertThat(v.id()).matches("V\\d+");
            assertThat(v.siae()).matches("S\\d+");
            assertThat(v.siaeName()).isEqualTo(v.siae());
        });
        assertThat(exported.toString()).doesNotContain("Solveur", "Atelier Vélo Solidaire");

        java.io.StringWriter file = new java.io.StringWriter();
        MatchingFiles.writeInstance(exported, file);
        assertThat(MatchingFiles.readInstance(new java.io.StringReader(file.toString()), code -> true))
                .isEqualTo(exported);
    }
}
