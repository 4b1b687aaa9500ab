package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.HttpLogin;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.UserAccount;
import fr.pepites.directory.UserData;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * An open session acts with its account's current state: once an administrator deactivates the account, changes
 * its role or organisation or gives it a new password, or its owner changes the password elsewhere, the session's
 * next request is anonymous (the login page) — it kept the old rights before.
 */
@PepitesSpringTest
class SessionsFollowTheAccountTest {

    private static final String GIVEN = "donne-par-l-admin-2026";
    private static final String CHOSEN = "ma-propre-phrase-de-passe";

    @LocalServerPort
    int port;
    @Autowired
    DirectoryService directory;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aDeactivatedCoordinatorsOpenSessionNoLongerReadsAnything() throws Exception {
        UserAccount coordinator = newCoordinator();
        HttpClient session = readingIn(coordinator, "/personnes");

        users.login(TestUsers.ADMIN);
        directory.setUserActive(coordinator.getId(), false);

        assertSentToLogin(session, "/personnes");
    }

    @Test
    void aSessionEndsWhenTheAccountsRoleChanges() throws Exception {
        UserAccount coordinator = newCoordinator();
        HttpClient session = readingIn(coordinator, "/personnes");

        users.login(TestUsers.ADMIN);
        UserData data = dataOf(coordinator);
        data.setRole(Role.ADMIN);
        directory.updateUser(coordinator.getId(), data);

        assertSentToLogin(session, "/personnes");
    }

    @Test
    void aSessionEndsWhenTheAccountMovesToAnotherOrganisation() throws Exception {
        UserAccount adviser = newAccount(Role.CEP_ADVISER, TestUsers.CEP_ADVISER);
        HttpClient session = readingIn(adviser, "/orientations");

        users.login(TestUsers.ADMIN);
        UserData moved = dataOf(adviser);
        moved.setOrganisationId(users.organisationOf(TestUsers.CEP_ADVISER_OTHER_OPERATOR));
        directory.updateUser(adviser.getId(), moved);

        assertSentToLogin(session, "/orientations");
    }

    @Test
    void aSessionEndsWhenAnAdministratorGivesTheAccountANewPassword() throws Exception {
        UserAccount coordinator = newCoordinator();
        HttpClient session = readingIn(coordinator, "/personnes");

        users.login(TestUsers.ADMIN);
        UserData data = dataOf(coordinator);
        data.setInitialPassword("nouveau-donne-par-l-admin");
        directory.updateUser(coordinator.getId(), data);

        assertSentToLogin(session, "/personnes");
    }

    @Test
    void aSessionEndsWhenItsOwnerChangesThePasswordInAnotherSessionWhichGoesOn() throws Exception {
        UserAccount coordinator = newCoordinator();
        HttpClient stolen = readingIn(coordinator, "/personnes");
        MockHttpServletRequest owners = new MockHttpServletRequest();
        owners.setSession(new MockHttpSession());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(owners));
        try {
            users.login(coordinator.getEmail());
            directory.changeOwnPassword(CHOSEN, "une-autre-phrase-bien-a-moi", "une-autre-phrase-bien-a-moi");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertSentToLogin(stolen, "/personnes");
        assertThat(owners.getSession().getAttribute(OwnPasswordChange.SESSION_ATTRIBUTE))
                .as("the changer's session takes the new password as its own")
                .isEqualTo(jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                        coordinator.getId()));
    }

    /** A session of the account, which reads the page. */
    private HttpClient readingIn(UserAccount account, String path) throws Exception {
        HttpClient session = loggedIn(account);
        assertThat(Probes.get(session, port, path).statusCode()).isEqualTo(200);
        return session;
    }

    private void assertSentToLogin(HttpClient session, String path) throws Exception {
        assertThat(Probes.get(session, port, path).headers().firstValue("Location")).as("to the login page")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private HttpClient loggedIn(UserAccount account) throws Exception {
        HttpClient browser = HttpLogin.newBrowser();
        assertThat(HttpLogin.location(HttpLogin.post(browser, port, account.getEmail(), CHOSEN)))
                .doesNotContain("error").doesNotEndWith("/login");
        return browser;
    }

    private UserAccount newCoordinator() {
        return newAccount(Role.COORDINATOR, TestUsers.COORDINATOR);
    }

    /** A new account whose owner has chosen their own password. */
    private UserAccount newAccount(Role role, String colleague) {
        UserAccount account = users.newAccount(role, colleague, GIVEN);
        users.login(account.getEmail());
        directory.changeOwnPassword(GIVEN, CHOSEN, CHOSEN);
        users.logout();
        return account;
    }

    /** What the administrator's form holds of the account now. */
    private UserData dataOf(UserAccount account) {
        UserData data = new UserData();
        data.setEmail(account.getEmail());
        data.setFullName(account.getFullName());
        data.setRole(account.getRole());
        data.setOrganisationId(account.getOrganisation().getId());
        data.setVersion(jdbc.queryForObject("select version from user_account where id = ?", Long.class,
                account.getId()));
        return data;
    }
}
