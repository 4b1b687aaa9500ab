package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.UserAccount;
import fr.pepites.directory.UserData;
import fr.pepites.directory.UserFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/**
 * The directory in a real browser: a coordinator finds a demo SIAE; an administrator gives a new password, and reads
 * the journal of a person's file.
 */
@PepitesSpringTest
class DirectoryBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    DirectoryService directory;
    @Autowired
    TestUsers users;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void aCoordinatorFindsADemoSiaeInTheDirectory() {
        try (Browser browser = new Browser(port)) {
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            assertThat(browser.waitFor(By.id("current-user-organisation")).getText())
                    .isEqualTo("Coordination du réseau · INAE – Réseau IAE Nouvelle-Aquitaine");
            assertThat(browser.waitFor(By.id("main-navigation")).getText()).contains("Tâches");
            browser.openMenuGroup("network");
            browser.waitFor(By.xpath("//*[@id='nav-group-network']//vaadin-side-nav-item[contains(., 'Annuaire')]"));

            browser.open("/annuaire");
            browser.waitForGridCell("Recyclerie du Pays Basque");
            browser.type("organisation-search", "vélo solidaire");
            browser.waitUntilNoGridCell("Recyclerie du Pays Basque");
            assertThat(browser.waitForGridCell("Atelier Vélo Solidaire").isDisplayed()).isTrue();
        }
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAnError() {
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            browser.waitFor(By.id("vaadinLoginUsername")).sendKeys(TestUsers.COORDINATOR);
            browser.driver().findElement(By.id("vaadinLoginPassword")).sendKeys("mauvais-mot-de-passe\n");
            browser.waitForUrlEnding("/login?error");
            assertThat(browser.waitFor(By.tagName("vaadin-login-form")).getDomProperty("error")).isEqualTo("true");
            // The e-mail typed stays: only the password is to type again.
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> TestUsers.COORDINATOR.equals(
                            d.findElement(By.id("vaadinLoginUsername")).getDomProperty("value")));
        }
    }

    @Test
    void anAdministratorGivesANewPasswordToSomeoneWhoLostTheirsWhoThenChoosesTheirOwn() {
        Browser browser = new Browser(port);
        try {
            browser.logIn(TestUsers.ADMIN, TestUsers.PASSWORD);
            browser.open("/comptes");
            browser.type("user-search", "tierslieu");
            browser.waitUntilNoGridCell(TestUsers.ADMIN);
            // Once the filter has applied (the administrator's own row gone), the row stays put for the click.
            browser.clickFirst(By.xpath("//vaadin-grid-cell-content[normalize-space(.)=\"" + TestUsers.TIERS_LIEU_MANAGER
                    + "\"]"));
            browser.type("user-password", "provisoire-2026");
            browser.clickFirst(By.className("form-save"));
            browser.waitUntilGone("user-password");
            // The notification names what was saved, not a generic "change saved".
            browser.waitFor(By.xpath("//vaadin-notification-card"
                    + "[contains(., 'Compte de Hugo Bernard enregistré, avec son nouveau mot de passe')]"));
            browser.logOut();

            // The password works, and its owner is asked for one of their own before anything else.
            browser.logIn(TestUsers.TIERS_LIEU_MANAGER, "provisoire-2026");
            browser.waitFor(By.id("password-change-required"));
            browser.open("/");
            browser.waitFor(By.id("password-change-required"));
            browser.type("current-password", "provisoire-2026");
            browser.type("new-password", "mon-propre-secret");
            browser.type("confirm-password", "mon-propre-secret");
            browser.click("change-password");
            browser.waitForUrlEnding("/");
            browser.waitUntilGone("password-change-required");
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("directory-password-failure");
            throw failure;
        } finally {
            browser.close();
            // The account's demo password again, chosen by its owner, for whatever runs next on this database.
            users.login(TestUsers.ADMIN);
            UserAccount account = directory.searchUsers(new UserFilter(TestUsers.TIERS_LIEU_MANAGER, null, null, true),
                    Pageable.unpaged()).getContent().get(0);
            UserData data = account.toData();
            data.setInitialPassword("provisoire-2026");
            directory.updateUser(account.getId(), data);
            users.login(TestUsers.TIERS_LIEU_MANAGER);
            directory.changeOwnPassword("provisoire-2026", TestUsers.PASSWORD, TestUsers.PASSWORD);
            users.logout();
        }
    }

    @Test
    void anAdministratorReadsWhoHasOpenedAPersonsFile() {
        try (Browser browser = new Browser(port)) {
            browser.logIn(TestUsers.ADMIN, TestUsers.PASSWORD);
            browser.open("/personnes");
            browser.type("person-search", "garcia");
            browser.waitUntilNoGridCell("Lopez");
            // The administrator opens the person's form (a reading of the file), then the file's journal.
            browser.clickFirst(By.xpath("//vaadin-grid-cell-content[normalize-space(.)=\"Garcia\"]"));
            browser.waitFor(By.xpath("//h3[normalize-space(.)=\"Lucas Garcia\"]"));
            browser.clickFirst(By.className("person-journal-open"));
            browser.waitFor(By.id("person-journal"));
            assertThat(browser.waitForGridCell("Alice Martin (INAE – Réseau IAE Nouvelle-Aquitaine)").isDisplayed())
                    .isTrue();
            assertThat(browser.waitForGridCell("Fiche de la personne").isDisplayed()).isTrue();
        }
    }
}
