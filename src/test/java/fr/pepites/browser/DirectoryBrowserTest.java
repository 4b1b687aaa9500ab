package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A coordinator logs in, opens the directory and finds a demo SIAE by name, in a real browser. */
@PepitesSpringTest
class DirectoryBrowserTest {

    @LocalServerPort
    int port;

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
            assertThat(browser.waitFor(By.id("main-navigation")).getText()).contains("Annuaire", "Tâches");

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
        }
    }
}
