package fr.pepites.browser;

import static fr.pepites.referral.ReferralFixtures.validReferral;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.referral.Referral;
import fr.pepites.referral.ReferralFixtures;
import fr.pepites.referral.ReferralService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator finds an e-mail that failed five times, sends it again, and finds it among the sent ones once it
 * has left, in a real browser.
 */
@PepitesSpringTest
class MailsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ManagementService management;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void anAdministratorSendsAFailedMailAgain() {
        // Committed, as the job executor would leave it after five refused tries (no SMTP server in this test).
        Referral referral = submitted("Renvoi");
        Job mail = fixtures.mailStep(referral);
        for (int tries = 0; tries < 5; tries++) {
            try {
                management.executeJob(mail.getId());
            } catch (RuntimeException refused) {
                // Nothing listens on the SMTP port: the try is recorded, as the job executor does.
            }
        }
        assertThat(management.createJobQuery().jobId(mail.getId()).singleResult().getRetries()).isZero();

        try (Browser browser = new Browser(port)) {
            browser.logIn(TestUsers.ADMIN, TestUsers.PASSWORD);
            assertThat(browser.waitFor(By.className("home-card-mails")).getText())
                    .matches("\\d+ e-mails? en échec.*");
            browser.open("/courriels");
            browser.clickFirst(By.xpath("//vaadin-grid-cell-content[. = '" + referral.businessKey() + "']"));
            browser.click("mail-retry");
            browser.waitUntilNoGridCell(referral.businessKey());
            assertThat(management.createJobQuery().jobId(mail.getId()).singleResult().getRetries()).isEqualTo(5);

            // The SMTP server is back: the job executor's next round sends it (and another file's), and it shows
            // among the sent ones.
            Referral other = submitted("Voisin-De-Renvoi");
            GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
            smtp.start();
            try {
                assertThat(fixtures.sendMails(referral)).isEqualTo(1);
                assertThat(fixtures.sendMails(other)).isEqualTo(1);
            } finally {
                smtp.stop();
            }
            browser.click("mail-status");
            browser.clickFirst(By.xpath("//vaadin-select-item[normalize-space(.)='Envoyés']"));
            browser.waitForGridCell("Envoyé le");
            browser.waitForGridCell(referral.businessKey());
            browser.waitForGridCell(other.businessKey());
            // A sent e-mail cannot be sent again: no check boxes.
            assertThat(browser.driver().findElements(By.cssSelector("#mail-grid vaadin-grid-flow-selection-column")))
                    .isEmpty();

            // Asked about one file, the administrator types its number: only its e-mails stay.
            browser.type("mail-file", referral.businessKey().toLowerCase());
            browser.waitUntilNoGridCell(other.businessKey());
            browser.waitForGridCell(referral.businessKey());
            browser.screenshot("mails-sent");
        }
    }

    /** A referral sent to the Atelier Vélo, committed. */
    private Referral submitted(String lastName) {
        try {
            long vacancy = fixtures.insertionVacancyOf("Atelier Vélo Solidaire").getId();
            users.login(TestUsers.CEP_ADVISER);
            return referrals.submit(null, validReferral(lastName, vacancy));
        } finally {
            users.logout();
        }
    }
}
