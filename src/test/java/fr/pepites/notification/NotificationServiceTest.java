package fr.pepites.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.referral.ReferralFixtures;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Sending an e-mail, as an e-mail step of a process does, to a real SMTP server (GreenMail); and who may see the
 * e-mails that have not left. The tries and the incident of a refused e-mail: {@code SmtpOutageTest} and
 * {@code ReferralProcessTest}.
 */
@PepitesSpringTest
class NotificationServiceTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    NotificationService notifications;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void anEmailReachesItsRecipientsFromThePlatformsAddress() throws Exception {
        String subject = "Test " + UUID.randomUUID();
        notifications.send(List.of("a@exemple.fr", "b@exemple.fr"), subject, "Corps du message");

        MimeMessage mail = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> ReferralFixtures.subjectOf(m).equals(subject))
                .findFirst().orElseThrow();
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
                .containsExactly("a@exemple.fr", "b@exemple.fr");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("pepites@localhost");
        assertThat(((String) mail.getContent()).trim()).isEqualTo("Corps du message");
    }

    @Test
    void nobodyToWriteToSendsNothing() {
        int before = SMTP.getReceivedMessages().length;
        notifications.send(List.of(), "Personne", "Corps");
        assertThat(SMTP.getReceivedMessages()).hasSize(before);
    }

    @Test
    void aRefusalOfTheSmtpServerIsThrownSoThatTheStepIsTriedAgain() {
        SMTP.stop();
        try {
            assertThatThrownBy(() -> notifications.send(List.of("a@exemple.fr"), "Panne", "Corps"))
                    .isInstanceOf(MailException.class);
        } finally {
            SMTP.start();
        }
    }

    @Test
    void onlyAdministratorsSeeAndRetryTheMails() {
        users.login(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> notifications.mails(MailFilter.of(MailStatus.FAILED), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.count(MailFilter.of(MailStatus.FAILED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.retry(List.of("1"))).isInstanceOf(AccessDeniedException.class);
    }
}
