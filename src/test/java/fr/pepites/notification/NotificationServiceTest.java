package fr.pepites.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: an e-mail exists only if the action that queued it committed, leaves after that, is tried again when
 * the SMTP server refuses it, and after five tries waits for an administrator. The SMTP server is a real one
 * (GreenMail), started only when a test wants it up.
 */
@PepitesSpringTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestUsers users;

    private GreenMail smtp;

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        users.logout();
    }

    @Test
    void aQueuedMailLeavesOnlyOnceItsActionHasCommitted() throws Exception {
        startSmtp();
        String subject = queue(false);
        assertThat(received(subject)).isEmpty();

        notifications.dispatchDue();
        MimeMessage mail = received(subject).orElseThrow();
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly("a@exemple.fr");
        assertThat(((String) mail.getContent()).trim()).isEqualTo("Corps du message");
        assertThat(mine(subject, MailStatus.SENT)).isPresent();
    }

    @Test
    void aRolledBackActionQueuesNoMail() {
        startSmtp();
        String subject = queue(true);
        notifications.dispatchDue();
        assertThat(received(subject)).isEmpty();
        assertThat(mine(subject, MailStatus.PENDING)).isEmpty();
        assertThat(mine(subject, MailStatus.SENT)).isEmpty();
    }

    @Test
    void aRefusedMailIsTriedFiveTimesFiveMinutesApartThenAnAdministratorSendsItAgain() {
        String subject = queue(false);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        notifications.dispatchDue(now);
        MailRow afterFirstTry = mine(subject, MailStatus.PENDING).orElseThrow();
        assertThat(afterFirstTry.attempts()).isEqualTo(1);
        assertThat(afterFirstTry.lastError()).isNotBlank();
        assertThat(afterFirstTry.nextAttemptAt()).isEqualTo(now.plus(NotificationService.RETRY_DELAY));
        notifications.dispatchDue(now.plus(Duration.ofMinutes(1)));
        assertThat(mine(subject, MailStatus.PENDING).orElseThrow().attempts()).isEqualTo(1);

        for (int round = 1; round < NotificationService.MAX_ATTEMPTS; round++) {
            notifications.dispatchDue(now.plus(NotificationService.RETRY_DELAY.multipliedBy(round)));
        }
        MailRow failed = mine(subject, MailStatus.FAILED).orElseThrow();
        assertThat(failed.attempts()).isEqualTo(NotificationService.MAX_ATTEMPTS);
        assertThat(failed.nextAttemptAt()).isNull();

        startSmtp();
        users.login(TestUsers.ADMIN);
        assertThat(notifications.retry(List.of(failed.id()))).isEqualTo(1);
        notifications.dispatchDue();
        assertThat(received(subject)).isPresent();
        assertThat(mine(subject, MailStatus.SENT)).isPresent();
    }

    @Test
    void onlyAdministratorsSeeAndRetryTheMails() {
        users.login(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> notifications.mails(MailStatus.FAILED, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.retry(List.of(1L))).isInstanceOf(AccessDeniedException.class);
    }

    private void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    /** Queues an e-mail with a subject of its own in a transaction, committed or rolled back. */
    private String queue(boolean rollBack) {
        String subject = "Test " + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.send(List.of("a@exemple.fr"), subject, "Corps du message", "ORI-0");
            if (rollBack) {
                status.setRollbackOnly();
            }
        });
        return subject;
    }

    private Optional<MimeMessage> received(String subject) {
        if (smtp == null) {
            return Optional.empty();
        }
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst();
    }

    private Optional<MailRow> mine(String subject, MailStatus status) {
        users.login(TestUsers.ADMIN);
        try {
            return notifications.mails(status, PageRequest.of(0, 1000)).stream()
                    .filter(m -> m.subject().equals(subject)).findFirst();
        } finally {
            users.logout();
        }
    }
}
