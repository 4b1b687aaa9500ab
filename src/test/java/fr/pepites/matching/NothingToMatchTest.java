package fr.pepites.matching;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fr.pepites.common.InvalidInputException;
import fr.pepites.referral.ReferralService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.vacancy.VacancyService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import fr.pepites.workbench.WorkbenchStore;
import org.springframework.transaction.PlatformTransactionManager;

/** A solve over nothing says so, and starts no solver. */
class NothingToMatchTest {

    private final ReferralService referrals = mock(ReferralService.class);
    private final VacancyService vacancies = mock(VacancyService.class);
    private final CurrentUserProvider currentUser = mock(CurrentUserProvider.class);
    @SuppressWarnings("unchecked")
    private final SolverManager<MatchingProblem, Long> solverManager = mock(SolverManager.class);

    private MatchingService service() {
        when(currentUser.requireRole(any(), any())).thenReturn(
                new CurrentUser(1, "coordination@pepites.demo", "Claire Dubois", Role.COORDINATOR, 1, "Réseau"));
        when(referrals.seatsHeld()).thenReturn(Map.of());
        WorkbenchStore store = mock(WorkbenchStore.class);
        when(store.transactions()).thenReturn(mock(PlatformTransactionManager.class));
        return new MatchingService(solverManager, referrals, vacancies, currentUser,
                mock(PlatformTransactionManager.class), store, 30, java.time.Duration.ofSeconds(1),
                SolverFactory.create(MatchingSolver.config(java.time.Duration.ofSeconds(1))));
    }

    @Test
    void aSolveOverZeroReferralsSaysThereIsNothingToMatch() {
        when(referrals.awaitingMatch()).thenReturn(List.of());
        when(vacancies.openForMatching()).thenReturn(List.of());
        assertThatThrownBy(() -> service().start()).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Aucune orientation n'attend de mise en relation : il n'y a rien à proposer.");
        verifyNoInteractions(solverManager);
    }
}
