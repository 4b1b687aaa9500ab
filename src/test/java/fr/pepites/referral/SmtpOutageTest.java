package fr.pepites.referral;

import static fr.pepites.referral.ReferralFixtures.validReferral;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.notification.MailRow;
import fr.pepites.notification.MailStatus;
import fr.pepites.notification.NotificationService;
import fr.pepites.vacancy.Vacancy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** With no SMTP server listening, the referral goes through all the same; only its e-mail waits for another try. */
@PepitesSpringTest
@Transactional
class SmtpOutageTest {

    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    NotificationService notifications;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void anSmtpOutageDelaysTheMailButNeverBlocksTheReferral() {
        Vacancy velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, validReferral("Panne", velo.getId()));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);

        assertThat(notifications.dispatchDue()).isZero();
        users.login(TestUsers.ADMIN);
        MailRow mail = notifications.mails(MailStatus.PENDING, PageRequest.of(0, 1000)).stream()
                .filter(m -> referral.businessKey().equals(m.about())).findFirst().orElseThrow();
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.lastError()).isNotBlank();

        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(fixtures.taskOf(referral).name()).isEqualTo("Examiner l'orientation reçue");
    }
}
