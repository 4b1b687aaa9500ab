package fr.pepites.referral;

import static fr.pepites.referral.ReferralFixtures.validReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.notification.MailRow;
import fr.pepites.notification.MailRefusal;
import fr.pepites.notification.MailFilter;
import fr.pepites.notification.MailStatus;
import fr.pepites.notification.NotificationService;
import fr.pepites.vacancy.Vacancy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With no SMTP server listening, the referral goes through all the same; its e-mail step is tried 5 times 5 minutes
 * apart, then becomes an incident that an administrator sees and sends again once the server is back. Not in a
 * test transaction: each try commits, as with the job executor.
 */
@PepitesSpringTest
class SmtpOutageTest {

    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    NotificationService notifications;
    @Autowired
    ManagementService management;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void anSmtpOutageDelaysTheMailButNeverBlocksTheReferralAndAnAdministratorSendsItAgain() throws Exception {
        Vacancy velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, validReferral("Panne", velo.getId()));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);

        Instant firstTry = Instant.now();
        tryOnce(referral);
        users.login(TestUsers.ADMIN);
        MailRow waiting = mine(referral, MailStatus.PENDING);
        assertThat(waiting.step()).isEqualTo("Prévenir la SIAE par e-mail");
        assertThat(waiting.triesLeft()).isEqualTo(4);
        assertThat(waiting.lastError()).isEqualTo(MailRefusal.UNREACHABLE);
        assertThat(waiting.nextAttemptAt()).isAfter(firstTry.plus(Duration.ofMinutes(4)));
        assertThat(fixtures.dueMails(referral)).isEmpty();

        for (int tries = 2; tries <= 5; tries++) {
            tryOnce(referral);
        }
        MailRow failed = mine(referral, MailStatus.FAILED);
        assertThat(failed.triesLeft()).isZero();
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(fixtures.taskOf(referral).name()).isEqualTo("Examiner l'orientation reçue");

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            users.login(TestUsers.ADMIN);
            assertThat(notifications.retry(List.of(failed.id()))).isEqualTo(1);
            assertThat(notifications.mails(MailFilter.of(MailStatus.FAILED), 0, 1000)).noneMatch(m -> m.id().equals(failed.id()));
            assertThat(fixtures.sendMails(referral)).isEqualTo(1);
            assertThat(ReferralFixtures.mailsAbout(referral, smtp.getReceivedMessages())).isNotEmpty();
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aTenMinuteOutageDelaysEveryEmailWhichLeavesOnceAtTheNextTryAfterTheServerIsBack() throws Exception {
        Vacancy velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        users.login(TestUsers.CEP_ADVISER);
        List<Referral> sent = List.of(referrals.submit(null, validReferral("PanneUn", velo.getId())),
                referrals.submit(null, validReferral("PanneDeux", velo.getId())),
                referrals.submit(null, validReferral("PanneTrois", velo.getId())));
        // Ten minutes down: each step's first two tries (at 0 and 5 minutes) are refused, with tries left.
        for (Referral referral : sent) {
            tryOnce(referral);
            tryOnce(referral);
        }
        users.login(TestUsers.ADMIN);
        for (Referral referral : sent) {
            assertThat(mine(referral, MailStatus.PENDING).triesLeft()).isEqualTo(3);
        }

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            for (Referral referral : sent) {
                // The job executor's third try, once its due date (ten minutes after the first) has come.
                management.executeJob(fixtures.mailStep(referral).getId());
                assertThat(fixtures.mailStep(referral)).as("nothing left to send").isNull();
            }
            for (Referral referral : sent) {
                // GreenMail keeps one copy per recipient: one e-mail is one message id.
                List<String> ids = new java.util.ArrayList<>();
                for (jakarta.mail.internet.MimeMessage m : ReferralFixtures.mailsAbout(referral,
                        smtp.getReceivedMessages())) {
                    ids.add(m.getMessageID());
                }
                assertThat(ids).as(referral.businessKey()).isNotEmpty().containsOnly(ids.get(0));
            }
            assertThat(notifications.mails(MailFilter.of(MailStatus.FAILED), 0, 1000))
                    .noneMatch(m -> sent.stream().anyMatch(r -> r.businessKey().equals(m.about())));
        } finally {
            smtp.stop();
        }
    }

    /** One try of the referral's e-mail step, whatever its due date: refused, as nothing listens on the port. */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void theLogLineOfAFailedEmailStepNamesItsFile(org.springframework.boot.test.system.CapturedOutput output) {
        Vacancy velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, validReferral("Journal", velo.getId()));

        tryOnce(referral);

        // The file number is in the line's logging context (after the level), not only in the message.
        assertThat(output.getOut()).contains("WARN " + referral.businessKey() + " ");
    }

    private void tryOnce(Referral referral) {
        Job mail = fixtures.mailStep(referral);
        assertThatThrownBy(() -> management.executeJob(mail.getId())).hasMessageContaining("Mail server connection");
    }

    private MailRow mine(Referral referral, MailStatus status) {
        return notifications.mails(MailFilter.of(status), 0, 1000).stream().filter(m -> m.about().equals(referral.businessKey()))
                .findFirst().orElseThrow(() -> new AssertionError("No e-mail " + status + " for " + referral));
    }
}
