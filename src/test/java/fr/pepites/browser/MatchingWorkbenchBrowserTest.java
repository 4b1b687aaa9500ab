package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
            browser.waitUntilSettled();
            // The whole review with the keyboard alone: start, search, tick a proposal, accept, confirm.
            tabTo(browser, "matching-start", Keys.TAB);
            press(browser, Keys.ENTER);
            browser.waitFor(By.xpath("//*[@id='matching-status'][contains(., 'Calcul terminé')]"));
            tabTo(browser, "matching-search", Keys.TAB);
            press(browser, "Mercier");
            browser.clickUntilShown(By.xpath("//vaadin-grid-cell-content[contains(., 'Aurélie Mercier')]"),
                    By.xpath("//vaadin-grid-cell-content//p[contains(., 'Personne mise en relation')]"));
            browser.screenshot("matching-workbench-explanation");
            assertThat(browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Aurélie Mercier')]"))
                    .getText()).contains("ORI-");

            // From the search, into the grid, to the row's selection box (Enter reaches it, Space ticks it), back up
            // to Accept.
            tabTo(browser, "matching-search", Keys.chord(Keys.SHIFT, Keys.TAB));
            for (int i = 0; i < 40 && !"VAADIN-GRID".equals(activeTag(browser)); i++) {
                press(browser, Keys.TAB);
            }
            press(browser, Keys.TAB);
            press(browser, Keys.HOME);
            press(browser, Keys.ENTER);
            press(browser, Keys.SPACE);
            browser.waitFor(By.cssSelector("#matching-accept:not([disabled])"));
            press(browser, Keys.ESCAPE);
            tabTo(browser, "matching-accept", Keys.chord(Keys.SHIFT, Keys.TAB));
            press(browser, Keys.ENTER);
            browser.waitFor(By.cssSelector("vaadin-confirm-dialog-overlay[opened]"));
            for (int i = 0; i < 10 && !"Accepter et envoyer".equals(activeText(browser)); i++) {
                press(browser, Keys.TAB);
            }
            press(browser, Keys.ENTER);
            browser.waitForGridCell("Acceptée");
            browser.screenshot("matching-workbench-accepted");
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("matching-workbench-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    /** Presses this key (Tab or Shift+Tab) until the element with this id has the focus. */
    private static void tabTo(Browser browser, String id, CharSequence key) {
        for (int i = 0; i < 60 && !focusIn(browser, id); i++) {
            press(browser, key);
        }
        assertThat(focusIn(browser, id)).as("focus in " + id).isTrue();
    }

    /** Whether the focus is on the element with this id or inside it (a text field's input). */
    private static boolean focusIn(Browser browser, String id) {
        return Boolean.TRUE.equals(browser.script("return document.activeElement != null"
                + " && document.activeElement.closest('#' + arguments[0]) != null", id));
    }

    /** Keys pressed where the focus is, as a person at the keyboard does. */
    private static void press(Browser browser, CharSequence keys) {
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String activeTag(Browser browser) {
        return browser.driver().switchTo().activeElement().getTagName().toUpperCase();
    }

    private static String activeText(Browser browser) {
        return browser.driver().switchTo().activeElement().getText();
    }
}
