package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A twinning from the request to its badge earners in a real browser: SIAE staff file a request, the coordinator
 * solves and accepts the proposal, the director approves, the tiers-lieu confirms and records the attendance of the
 * four days, both sides evaluate; the twinning is closed with its earners listed. The days are reached by moving
 * the engine's clock (the twinnings' today) past the last one.
 */
@PepitesSpringTest
class TwinningBrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void aRequestIsSolvedApprovedConfirmedAttendedEvaluatedAndClosedWithItsBadgeEarners() {
        LocalDate from = LocalDate.now().plusWeeks(9).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        Browser browser = new Browser(port);
        try {
            browser.logIn(TestUsers.SIAE_STAFF, TestUsers.PASSWORD);
            browser.open("/jumelages");
            browser.click("new-twinning");
            browser.choose("Menuiserie");
            browser.pickAmongMany("twinning-staff", "Nadia", "Nadia Haddad");
            browser.pickAmongMany("twinning-staff", "Romain", "Romain Blanc");
            browser.typeDate("twinning-earliest", from);
            browser.typeDate("twinning-latest", from.plusWeeks(4));
            browser.type("twinning-max-km", "20");
            browser.click("twinning-submit");
            assertThat(browser.waitFor(By.xpath("//*[@id='twinning-status'][contains(., 'En attente de rapprochement')]"))
                    .isDisplayed()).isTrue();
            String reference = "TSF-" + browser.currentPath().substring(browser.currentPath().lastIndexOf('/') + 1);
            String page = browser.currentPath();
            browser.logOut();

            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            browser.open("/jumelages/rapprochement");
            browser.click("twinning-workbench-start");
            browser.waitFor(By.xpath("//*[@id='twinning-workbench-status'][contains(., 'Calcul terminé')]"));
            browser.type("twinning-workbench-search", reference);
            browser.waitForGridCell("Fablab des Chartrons");
            browser.tickLast(By.xpath("//vaadin-grid-cell-content/vaadin-checkbox"), "twinning-workbench-accept");
            browser.click("twinning-workbench-accept");
            browser.waitFor(By.xpath("//vaadin-confirm-dialog-overlay//vaadin-button[contains(., 'Accepter et envoyer')]"))
                    .click();
            browser.waitForGridCell("Acceptée");
            browser.logOut();

            browser.logIn(TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
            browser.open("/taches?dossier=" + reference);
            assertThat(browser.waitFor(By.id("twinning-explanation")).getText()).contains("Distance");
            browser.click("twinning-approve");
            browser.waitUntilGone("twinning-approve");
            browser.logOut();

            // The tiers-lieu's manager confirms and records the attendance on a phone held upright, standing up.
            browser.resize(390, 844);
            browser.logIn(TestUsers.TIERS_LIEU_MANAGER, TestUsers.PASSWORD);
            browser.open("/taches?dossier=" + reference);
            assertThat(browser.shownWhole("twinning-confirm")).as("Confirmer on a phone").isTrue();
            browser.click("twinning-confirm");
            browser.waitUntilGone("twinning-confirm");
            // Before its day, an attendance sheet has nothing to tick and says from when.
            browser.open("/taches?dossier=" + reference);
            browser.clickFirst(By.xpath("//vaadin-button[contains(., 'Ouvrir')]"));
            assertThat(browser.waitFor(By.id("twinning-attendance-not-yet")).getText()).contains("à partir du");
            assertThat(browser.waitFor(By.id("twinning-recordAttendance")).getAttribute("disabled")).isNotNull();
            ClockUtil.setCurrentTime(Date.from(from.plusWeeks(3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant()));
            for (int day = 0; day < 4; day++) {
                browser.open("/taches?dossier=" + reference);
                if (day < 3) {
                    // Several days' tasks: the inbox lists them, the earliest due first.
                    browser.clickFirst(By.xpath("//vaadin-button[contains(., 'Ouvrir')]"));
                }
                browser.waitFor(By.id("twinning-attendance"));
                if (day > 1) {
                    // Romain Blanc is absent the last two days: two days of four, no badge.
                    browser.click("twinning-present-1");
                }
                assertThat(browser.shownWhole("twinning-attendance")).as("attendance sheet on a phone").isTrue();
                assertThat(browser.shownWhole("twinning-recordAttendance")).as("its button on a phone").isTrue();
                if (day == 2) {
                    browser.screenshot("phone-tiers-lieu-attendance");
                }
                browser.click("twinning-recordAttendance");
                browser.waitUntilGone("twinning-recordAttendance");
            }
            browser.resize(1400, 900);
            browser.open("/taches?dossier=" + reference);
            browser.click("twinning-action-evaluate");
            browser.choose("5");
            browser.typeText("twinning-comment", "Une équipe très investie.");
            browser.click("twinning-confirm-evaluate");
            browser.waitUntilGone("twinning-confirm-evaluate");
            browser.logOut();

            browser.logIn(TestUsers.SIAE_STAFF, TestUsers.PASSWORD);
            browser.open("/taches?dossier=" + reference);
            browser.click("twinning-action-evaluate");
            browser.choose("4");
            browser.click("twinning-confirm-evaluate");
            browser.waitUntilGone("twinning-confirm-evaluate");
            browser.open(page);
            assertThat(browser.waitFor(By.xpath("//*[@id='twinning-status'][contains(., 'Clos')]")).isDisplayed())
                    .isTrue();
            assertThat(browser.waitFor(By.id("twinning-badge-earners")).getText()).contains("Nadia Haddad")
                    .doesNotContain("Romain Blanc");
            browser.screenshot("twinning-closed");
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("twinning-failure");
            throw failure;
        } finally {
            ClockUtil.reset();
            browser.close();
        }
    }
}
