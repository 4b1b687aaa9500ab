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
        Referral referral;
        try {
            long vacancy = fixtures.insertionVacancyOf("Atelier Vélo Solidaire").getId();
            users.login(TestUsers.CEP_ADVISER);
            referral = referrals.submit(null, validReferral("Renvoi", vacancy));
        } finally {
            users.logout();
        }
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
                    .matches("\\d+ e-mail\\(s\\) en échec.*");
            browser.open("/courriels");
            browser.clickFirst(By.xpath("//vaadin-grid-cell-content[. = '" + referral.businessKey() + "']"));
            browser.click("mail-retry");
            browser.waitUntilNoGridCell(referral.businessKey());
            assertThat(management.createJobQuery().jobId(mail.getId()).singleResult().getRetries()).isEqualTo(5);

            // The SMTP server is back: the job executor's next round sends it, and it shows among the sent ones.
            GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
            smtp.start();
            try {
                assertThat(fixtures.sendMails(referral)).isEqualTo(1);
            } finally {
                smtp.stop();
            }
            browser.click("mail-status");
            browser.clickFirst(By.xpath("//vaadin-select-item[normalize-space(.)='Envoyés']"));
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Envoyé le']"));
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[. = '" + referral.businessKey() + "']"));
            browser.screenshot("mails-sent");
        }
    }
}
