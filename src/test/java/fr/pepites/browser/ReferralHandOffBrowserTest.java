package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.referral.ReferralFixtures;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hand-off the platform exists for, in a real browser: a CEP adviser refers a new person to a vacancy, the
 * SIAE's director takes it in charge and accepts it, the adviser sees "Acceptée" with the hiring date.
 */
@PepitesSpringTest
class ReferralHandOffBrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void anAdviserRefersAPersonAndTheSiaeDirectorAcceptsIt() {
        LocalDate hiring = LocalDate.now().plusDays(12);
        Browser browser = new Browser(port);
        try {
            newReferralOf(browser, "Noé", "Transmission", LocalDate.of(1992, 4, 8));
            browser.type("referral-phone", "06 12 34 56 78");
            browser.pick("referral-commune", "Bordeaux", "Bordeaux (33000)");
            availabilityJobAndGoal(browser);
            browser.pick("referral-vacancy", "Atelier Vélo", "Mécanicien / Mécanicienne en cycles");
            browser.click("referral-consent");
            browser.click("submit-referral");

            browser.waitFor(By.id("referral-timeline"));
            assertThat(browser.waitFor(By.id("referral-status")).getText()).isEqualTo("Envoyée");
            String referralPage = browser.currentPath();
            String reference = "ORI-" + referralPage.substring(referralPage.lastIndexOf('/') + 1);
            browser.logOut();

            browser.logIn(TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
            browser.open("/taches?dossier=" + reference);
            // The director reaches the person to arrange the interview.
            assertThat(browser.waitFor(By.id("referral-person-contact")).getText()).isEqualTo("06 12 34 56 78");
            browser.click("referral-takeInCharge");
            browser.waitUntilGone("referral-takeInCharge");
            browser.open("/taches?dossier=" + reference);
            browser.click("referral-action-accept");
            browser.typeDate("referral-hiring-date-field", hiring);
            // An insertion job: the parcours starts with the contract's terms (CDDI and hours come from the vacancy).
            browser.typeDate("parcours-planned-end-field", hiring.plusMonths(12));
            browser.type("parcours-pass-number-field", ReferralFixtures.newPassNumber());
            browser.click("referral-confirm-accept");
            browser.waitUntilGone("referral-confirm-accept");
            browser.logOut();

            // The adviser finds it in their list by the SIAE and its number, and opens it.
            browser.logIn(TestUsers.CEP_ADVISER, TestUsers.PASSWORD);
            browser.open("/orientations");
            browser.pick("referral-siae", "Atelier Vélo", "Atelier Vélo Solidaire");
            browser.type("referral-search", reference.toLowerCase());
            browser.openFromGrid(reference, referralPage);
            assertThat(browser.waitFor(By.id("referral-status")).getText()).isEqualTo("Acceptée");
            assertThat(browser.waitFor(By.id("referral-hiring-date")).getText())
                    .isEqualTo(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(hiring));
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("referral-hand-off-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    @Test
    void aDraftSavedWithThePersonOnlyIsTakenUpAgainAndSent() {
        Browser browser = new Browser(port);
        try {
            newReferralOf(browser, "Inès", "Brouillon", LocalDate.of(1990, 2, 3));
            // The person is who they are and where they live: nothing else is needed for a draft.
            browser.pick("referral-commune", "Bordeaux", "Bordeaux (33000)");
            browser.click("save-draft");
            assertThat(browser.waitFor(By.id("referral-status")).getText()).isEqualTo("Brouillon");

            browser.click("resume-draft");
            availabilityJobAndGoal(browser);
            browser.click("referral-consent");
            browser.click("submit-referral");
            // Sent without a vacancy: it waits for the coordinator's matching.
            browser.waitFor(By.xpath("//*[@id='referral-status'][contains(., 'En attente de mise en relation')]"));
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("referral-draft-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    /** The referral's availability, a bike mechanic's job, an insertion job for an RSA beneficiary. */
    private static void availabilityJobAndGoal(Browser browser) {
        browser.typeDate("referral-available-from", LocalDate.now().plusDays(5));
        browser.pickAmongMany("referral-job-titles", "cycles", "Mécanicien / Mécanicienne en cycles");
        browser.choose("Un poste en insertion dans une SIAE");
        browser.choose("Bénéficiaire du RSA");
    }

    /** The adviser opens a new referral and names a new person. */
    private static void newReferralOf(Browser browser, String firstName, String lastName, LocalDate birthDate) {
        browser.logIn(TestUsers.CEP_ADVISER, TestUsers.PASSWORD);
        browser.open("/orientations/nouvelle");
        browser.type("referral-first-name", firstName);
        browser.type("referral-last-name", lastName);
        browser.typeDate("referral-birth-date", birthDate);
    }
}
