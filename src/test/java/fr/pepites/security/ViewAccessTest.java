package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import fr.pepites.directory.ui.OrganisationsView;
import fr.pepites.directory.ui.PersonsView;
import fr.pepites.directory.ui.UsersView;
import fr.pepites.parcours.ui.ExitsReportView;
import fr.pepites.parcours.ui.HandBacksView;
import fr.pepites.parcours.ui.ParcoursDetailView;
import fr.pepites.parcours.ui.ParcoursFormView;
import fr.pepites.parcours.ui.ParcoursView;
import fr.pepites.security.ui.AccountView;
import fr.pepites.security.ui.LoginView;
import fr.pepites.ui.HomeView;
import fr.pepites.workflow.ui.InboxView;
import java.security.Principal;
import org.junit.jupiter.api.Test;

/** Which role reaches which view: the routes' annotations, checked as Vaadin's navigation checks them. */
class ViewAccessTest {

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyLoggedInRoleReachesHomeInboxAndAccount() {
        for (Role role : Role.values()) {
            assertThat(canOpen(role, HomeView.class)).as(role.name()).isTrue();
            assertThat(canOpen(role, InboxView.class)).as(role.name()).isTrue();
            assertThat(canOpen(role, AccountView.class)).as(role.name()).isTrue();
        }
    }

    @Test
    void onlyCoordinatorsAndAdministratorsBrowseTheDirectoryAndAccounts() {
        for (Role role : Role.values()) {
            boolean expected = role == Role.COORDINATOR || role == Role.ADMIN;
            assertThat(canOpen(role, OrganisationsView.class)).as(role.name()).isEqualTo(expected);
            assertThat(canOpen(role, UsersView.class)).as(role.name()).isEqualTo(expected);
        }
    }

    @Test
    void aTiersLieuManagerDoesNotSeeTheFilesOfPersons() {
        assertThat(canOpen(Role.TIERS_LIEU_MANAGER, PersonsView.class)).isFalse();
        assertThat(canOpen(Role.CEP_ADVISER, PersonsView.class)).isTrue();
        assertThat(canOpen(Role.SIAE_STAFF, PersonsView.class)).isTrue();
    }

    @Test
    void parcoursAreListedForSiaeAndNetworkStaffHandBacksForAdvisersExitsForTheNetwork() {
        for (Role role : Role.values()) {
            boolean siae = role == Role.SIAE_DIRECTOR || role == Role.SIAE_STAFF;
            boolean network = role == Role.COORDINATOR || role == Role.ADMIN;
            assertThat(canOpen(role, ParcoursView.class)).as(role.name()).isEqualTo(siae || network);
            assertThat(canOpen(role, ParcoursFormView.class)).as(role.name()).isEqualTo(siae);
            assertThat(canOpen(role, ParcoursDetailView.class)).as(role.name())
                    .isEqualTo(siae || network || role == Role.CEP_ADVISER);
            assertThat(canOpen(role, HandBacksView.class)).as(role.name()).isEqualTo(role == Role.CEP_ADVISER);
            assertThat(canOpen(role, ExitsReportView.class)).as(role.name()).isEqualTo(network);
        }
    }

    @Test
    void anonymousVisitorsReachOnlyTheLoginPage() {
        assertThat(checker.hasAccess(LoginView.class, null, role -> false)).isTrue();
        assertThat(checker.hasAccess(HomeView.class, null, role -> false)).isFalse();
        assertThat(checker.hasAccess(InboxView.class, null, role -> false)).isFalse();
    }

    private boolean canOpen(Role role, Class<?> view) {
        Principal principal = () -> "someone";
        return checker.hasAccess(view, principal, role.name()::equals);
    }
}
