package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.parcours.Parcours;
import fr.pepites.parcours.ParcoursFixtures;
import fr.pepites.referral.ReferralFixtures;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The end of a parcours in a real browser: the SIAE's staff complete the review with a hand-back to a CEP operator,
 * its adviser accepts it and books a first meeting, the staff record the exit as a durable job (CDI), and the
 * coordinator's exits report counts it. The dates that bring the review and the end are simulated by firing their
 * timers, as the job executor does on those dates.
 */
@PepitesSpringTest
class ParcoursBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ParcoursFixtures fixtures;
    @Autowired
    TestUsers users;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void staffReviewWithAHandBackTheAdviserBooksAMeetingAndTheExitIsCountedInTheReport() {
        LocalDate today = LocalDate.now();
        Parcours p = fixtures.startAtVelo("Navigateur", today.minusMonths(11), today.plusMonths(2));
        fixtures.fire(p, "timer_review_due");
        users.logout();
        String reference = p.businessKey();
        Browser browser = new Browser(port);
        try {
            browser.logIn(TestUsers.SIAE_STAFF, TestUsers.PASSWORD);
            browser.open("/parcours");
            browser.click("parcours-ending-soon");
            browser.openFromGrid(reference, "/parcours/detail/" + p.getId());
            assertThat(browser.waitFor(By.id("parcours-status")).getText()).isEqualTo("Bilan à faire");
            browser.click("open-parcours-task");
            browser.click("parcours-action-review");
            browser.typeText("parcours-exit-project-field", "Mécanicien cycles en CDI dans un magasin de sport");
            browser.pick("parcours-hand-back-cep", "Avenir", "Avenir Actifs Nouvelle-Aquitaine");
            browser.click("parcours-hand-back-consent");
            browser.click("parcours-confirm-review");
            browser.waitUntilGone("parcours-confirm-review");
            browser.logOut();

            browser.logIn(TestUsers.CEP_ADVISER, TestUsers.PASSWORD);
            browser.open("/retours-cep");
            browser.waitForGridCell(reference);
            browser.clickFirst(By.className("hand-back-" + reference));
            browser.click("parcours-action-acceptHandBack");
            browser.typeDateTime("parcours-meeting-at-field", LocalDateTime.now().plusDays(3).withHour(10).withMinute(0));
            browser.type("parcours-meeting-place-field", "Agence de Bordeaux, 12 cours de l'Intendance");
            browser.click("parcours-confirm-acceptHandBack");
            browser.waitUntilGone("parcours-confirm-acceptHandBack");
            browser.open("/parcours/detail/" + p.getId());
            assertThat(browser.waitFor(By.id("parcours-hand-back")).getText()).contains("accepté")
                    .contains("Agence de Bordeaux");
            browser.logOut();

            fixtures.fire(p, "timer_planned_end");
            users.logout();
            browser.logIn(TestUsers.SIAE_STAFF, TestUsers.PASSWORD);
            browser.open("/taches?dossier=" + reference);
            browser.click("parcours-action-exit");
            browser.typeDate("parcours-exit-date-field", today);
            browser.select("parcours-exit-category", "Emploi durable");
            browser.select("parcours-exit-reason", "CDI");
            browser.click("parcours-confirm-exit");
            browser.waitUntilGone("parcours-confirm-exit");
            browser.open("/parcours/detail/" + p.getId());
            assertThat(browser.waitFor(By.id("parcours-exit")).getText()).contains("Emploi durable").contains("CDI");
            browser.logOut();

            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            browser.open("/parcours/sorties");
            browser.waitForGridCell("Atelier Vélo Solidaire");
            assertThat(browser.waitFor(By.id("exits-summary")).getText()).containsPattern("\\d+ sortie(s)? constatée(s)?,");
            browser.screenshot("parcours-exits-report");
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("parcours-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    @Test
    void aDirectorRecordsAParcoursByHandThenRenewsItsContract() {
        LocalDate start = LocalDate.now().minusMonths(1);
        LocalDate end = start.plusMonths(6);
        LocalDate renewed = end.plusMonths(4);
        Browser browser = new Browser(port);
        try {
            browser.logIn(TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
            browser.open("/parcours");
            browser.click("new-parcours");
            browser.type("parcours-first-name", "Léa");
            browser.type("parcours-last-name", "Manuelle");
            browser.typeDate("parcours-birth-date", LocalDate.of(1994, 3, 17));
            browser.pick("parcours-person-commune", "Pessac", "Pessac (33600)");
            browser.pick("parcours-job", "cycles", "Mécanicien / Mécanicienne en cycles");
            browser.typeDate("parcours-start-field", start);
            browser.typeDate("parcours-planned-end-field", end);
            browser.type("parcours-weekly-hours-field", "26");
            browser.type("parcours-pass-number-field", ReferralFixtures.newPassNumber());
            browser.click("parcours-save");

            assertThat(browser.waitFor(By.id("parcours-status")).getText()).isEqualTo("En cours");
            browser.click("parcours-action-renew");
            browser.typeDate("parcours-new-end-field", renewed);
            browser.click("action-dialog-confirm");
            browser.waitUntilGone("action-dialog-confirm");
            assertThat(browser.waitFor(By.id("parcours-planned-end")).getText())
                    .contains(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(renewed));
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("parcours-by-hand-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }
}
