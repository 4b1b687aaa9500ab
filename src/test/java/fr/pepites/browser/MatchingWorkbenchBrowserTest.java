package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator's workbench in a real browser: the solve's end arrives by server push, the proposal for a demo
 * referral is explained, and accepting it sends the referral to the SIAE.
 */
@PepitesSpringTest
class MatchingWorkbenchBrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void aCoordinatorSolvesReviewsAndAcceptsAProposal() {
        Browser browser = new Browser(port);
        try {
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            browser.open("/mise-en-relation");
            browser.click("matching-start");
            browser.waitFor(By.xpath("//*[@id='matching-status'][contains(., 'Calcul terminé')]"));

            browser.type("matching-search", "Mercier");
            browser.clickUntilShown(By.xpath("//vaadin-grid-cell-content[contains(., 'Aurélie Mercier')]"),
                    By.xpath("//vaadin-grid-cell-content//p[contains(., 'Personne mise en relation')]"));
            browser.screenshot("matching-workbench-explanation");
            assertThat(browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Aurélie Mercier')]"))
                    .getText()).contains("ORI-");

            browser.tickLast(By.xpath("//vaadin-grid-cell-content/vaadin-checkbox"), "matching-accept");
            browser.click("matching-accept");
            browser.waitFor(By.xpath("//vaadin-confirm-dialog-overlay//vaadin-button[contains(., 'Accepter et envoyer')]"))
                    .click();
            browser.waitForGridCell("Acceptée");
            browser.screenshot("matching-workbench-accepted");
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("matching-workbench-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }
}
