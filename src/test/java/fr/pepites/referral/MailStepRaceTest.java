package fr.pepites.referral;

import static fr.pepites.referral.ReferralFixtures.validReferral;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.vacancy.Vacancy;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An e-mail step sends its e-mail once, even when its transaction is rolled back after the SMTP server accepted the
 * e-mail: a slow SMTP server holds the step while the SIAE's director takes the new referral in charge, the step
 * loses the race on the referral's process (optimistic locking) and is tried again; the SIAE gets one e-mail.
 */
@PepitesSpringTest
class MailStepRaceTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ManagementService management;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aStepThatLosesARaceAfterTheSmtpServerAcceptedItsMailDoesNotSendItAgain() throws Exception {
        Vacancy velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, validReferral("Course", velo.getId()));
        users.logout();
        Job step = fixtures.dueMails(referral).get(0);

        CountDownLatch smtpReached = new CountDownLatch(1);
        CountDownLatch directorDone = new CountDownLatch(1);
        MessageDeliveryHandler deliver = SMTP.getUserManager().getMessageDeliveryHandler();
        SMTP.getUserManager().setMessageDeliveryHandler((message, address) -> {
            smtpReached.countDown();
            try {
                directorDone.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return deliver.handle(message, address);
        });
        CompletableFuture<Void> firstTry = CompletableFuture.runAsync(() -> management.executeJob(step.getId()));
        assertThat(smtpReached.await(30, TimeUnit.SECONDS)).as("the step is at the SMTP server").isTrue();

        users.login(TestUsers.SIAE_DIRECTOR);
        referrals.takeInCharge(fixtures.taskOf(referral).id(), referral.getId(),
                referrals.details(referral.getId()).orElseThrow().version());
        users.logout();
        directorDone.countDown();

        assertThat(firstTry).failsWithin(30, TimeUnit.SECONDS).withThrowableThat()
                .havingRootCause().isInstanceOf(OptimisticLockingException.class);
        SMTP.getUserManager().setMessageDeliveryHandler(deliver);
        assertThat(management.createJobQuery().jobId(step.getId()).singleResult()).as("tried again later")
                .isNotNull();

        management.executeJob(step.getId());

        assertThat(management.createJobQuery().jobId(step.getId()).singleResult()).as("the step is done").isNull();
        List<MimeMessage> mails = ReferralFixtures.mailsAbout(referral, SMTP.getReceivedMessages());
        assertThat(mails).as("one e-mail to the SIAE").hasSize(SMTP.getReceivedMessages().length)
                .extracting(MimeMessage::getMessageID).hasSize(recipientsOf(mails.get(0))).containsOnly(
                        "<step-" + step.getId() + "@localhost>");
    }

    private static int recipientsOf(MimeMessage mail) throws Exception {
        return mail.getAllRecipients().length;
    }
}
