package fr.pepites.browser;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The learning record in a real browser: the bike workshop's director writes Romain Blanc's third peer exchange by
 * hand; the demo's rule (3 peer exchanges within 12 months) issues the peer-exchange badge at once; Romain sees it
 * earned on his learning record and among his badges, and the director sees the exchange in the team's record.
 */
@PepitesSpringTest
class LearningBrowserTest {

    private static final String ROMAIN = "cip.velo@pepites.demo";

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void aThirdPeerExchangeWrittenByTheDirectorEarnsTheBadgeWhichTheStaffMemberSees() {
        try (Browser browser = new Browser(port)) {
            browser.logIn(TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
            browser.open("/formation/equipe");
            browser.waitForGridCell("Romain Blanc");
            browser.click("learning-hand-open");
            browser.pick("learning-hand-learner", "Romain", "Romain Blanc");
            browser.select("learning-hand-kind", "Échange entre pairs");
            browser.typeDate("learning-hand-date", LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(2));
            browser.type("learning-hand-minutes", "150");
            browser.select("learning-hand-modality", "Hybride");
            browser.typeText("learning-hand-reason", "Échange de pairs de novembre, feuille d'émargement papier.");
            browser.click("action-dialog-confirm");
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Activité inscrite au relevé.')]"));
            // Romain's other kinds may share the cell (a web conference of another browser test).
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), "
                    + "'Échange entre pairs 7 h 30')]"));
            browser.logOut();

            browser.logIn(ROMAIN, TestUsers.PASSWORD);
            browser.open("/formation/releve");
            browser.waitForGridCell("Échange entre pairs");
            browser.waitForGridCell("3 échanges entre pairs en 12 mois");
            browser.waitForGridCell("Badge obtenu");
            browser.open("/mes-badges");
            browser.waitForGridCell("Échange de pairs : encadrer une équipe en insertion");
        }
    }
}
