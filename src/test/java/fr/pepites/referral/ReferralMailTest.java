package fr.pepites.referral;

import static fr.pepites.referral.ReferralFixtures.validReferral;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.notification.MailFilter;
import fr.pepites.notification.MailStatus;
import fr.pepites.notification.NotificationService;
import fr.pepites.vacancy.Vacancy;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The referral's e-mails reach a real SMTP server (GreenMail) once the job executor runs their e-mail steps. */
@PepitesSpringTest
@Transactional
class ReferralMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

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
    void theSiaeIsToldOfANewReferralAndTheAdviserOfTheAnswer() throws Exception {
        Vacancy velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, validReferral("Courriel", velo.getId()));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(fixtures.sendMails(referral)).isEqualTo(1);

        MimeMessage toSiae = ReferralFixtures.mailsAbout(referral, SMTP.getReceivedMessages()).get(0);
        assertThat(toSiae.getSubject()).isEqualTo("[PEPITES] " + referral.businessKey() + " – nouvelle orientation");
        assertThat(recipients(toSiae)).contains(TestUsers.SIAE_DIRECTOR, TestUsers.SIAE_STAFF);
        assertThat((String) toSiae.getContent()).contains("Atelier Vélo Solidaire").doesNotContain("Courriel");

        users.login(TestUsers.SIAE_DIRECTOR);
        referrals.refuse(fixtures.taskOf(referral).id(), referral.getId(),
                referrals.details(referral.getId()).orElseThrow().version(), RefusalReason.NOT_MOBILE,
                "Trop loin pour les horaires de l'atelier.", false);
        assertThat(fixtures.sendMails(referral)).isEqualTo(1);
        List<MimeMessage> mails = ReferralFixtures.mailsAbout(referral, SMTP.getReceivedMessages());
        MimeMessage toAdviser = mails.get(mails.size() - 1);
        assertThat(recipients(toAdviser)).containsExactly(TestUsers.CEP_ADVISER);
        assertThat(toAdviser.getSubject()).endsWith("orientation refusée");
    }

    @Test
    void administratorsSeeTheEmailsSentWithTheirStepAndFile() {
        Vacancy velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, validReferral("Courrier-Parti", velo.getId()));
        users.login(TestUsers.ADMIN);
        long before = notifications.count(MailFilter.of(MailStatus.SENT));
        assertThat(fixtures.sendMails(referral)).isEqualTo(1);

        assertThat(notifications.count(MailFilter.of(MailStatus.SENT))).isEqualTo(before + 1);
        assertThat(notifications.mails(MailFilter.of(MailStatus.SENT), 0, 50)).filteredOn(row ->
                row.about().equals(referral.businessKey())).singleElement().satisfies(row -> {
                    assertThat(row.step()).isEqualTo("Prévenir la SIAE par e-mail");
                    assertThat(row.status()).isEqualTo(MailStatus.SENT);
                    assertThat(row.triesLeft()).isNull();
                    assertThat(row.at()).isNotNull();
                });
    }

    @Test
    void administratorsFindTheEmailsOfOneFileByItsNumber() {
        Vacancy velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        users.login(TestUsers.CEP_ADVISER);
        Referral sought = referrals.submit(null, validReferral("Dossier-Cherché", velo.getId()));
        Referral other = referrals.submit(null, validReferral("Dossier-Voisin", velo.getId()));
        fixtures.sendMails(other);
        users.login(TestUsers.ADMIN);
        // Typed in lower case, with spaces around, as an administrator would from a caller's words.
        MailFilter waiting = new MailFilter(MailStatus.PENDING, " " + sought.businessKey().toLowerCase() + " ");
        assertThat(notifications.count(waiting)).isEqualTo(1);
        assertThat(notifications.mails(waiting, 0, 50)).singleElement()
                .satisfies(row -> assertThat(row.about()).isEqualTo(sought.businessKey()));

        fixtures.sendMails(sought);
        MailFilter sent = new MailFilter(MailStatus.SENT, sought.businessKey());
        assertThat(notifications.count(waiting)).isZero();
        assertThat(notifications.mails(waiting, 0, 50)).isEmpty();
        assertThat(notifications.count(sent)).isEqualTo(1);
        assertThat(notifications.mails(sent, 0, 50)).singleElement().satisfies(row -> {
            assertThat(row.about()).isEqualTo(sought.businessKey());
            assertThat(row.step()).isEqualTo("Prévenir la SIAE par e-mail");
        });

        MailFilter unknown = new MailFilter(MailStatus.SENT, "ORI-0");
        assertThat(notifications.count(unknown)).isZero();
        assertThat(notifications.mails(unknown, 0, 50)).isEmpty();
    }

    @Test
    void anEmailStillWaitingWhenTheReferralIsResentElsewhereIsNotSentToTheNewSiae() throws Exception {
        Vacancy velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        Vacancy recyclerie = fixtures.insertionVacancyOf("Recyclerie du Pays Basque");
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, validReferral("Réorientée", velo.getId()));
        // The e-mail to the Atelier Vélo waits (an SMTP outage, say) while the SIAE refuses and the adviser re-sends.
        users.login(TestUsers.SIAE_DIRECTOR);
        referrals.refuse(fixtures.taskOf(referral).id(), referral.getId(),
                referrals.details(referral.getId()).orElseThrow().version(), RefusalReason.NOT_MOBILE,
                "Trop loin pour les horaires de l'atelier.", false);
        users.login(TestUsers.CEP_ADVISER);
        referrals.resend(fixtures.taskOf(referral).id(), referral.getId(),
                referrals.details(referral.getId()).orElseThrow().version(), recyclerie.getId());

        assertThat(fixtures.sendMails(referral)).isEqualTo(3);
        List<MimeMessage> announcements = ReferralFixtures.mailsAbout(referral, SMTP.getReceivedMessages()).stream()
                .filter(mail -> ReferralFixtures.subjectOf(mail).endsWith("nouvelle orientation")).toList();
        assertThat(announcements).hasSize(1);
        assertThat(recipients(announcements.get(0))).contains(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThat((String) announcements.get(0).getContent()).contains("Recyclerie du Pays Basque");
    }

    private static List<String> recipients(MimeMessage message) throws Exception {
        return ReferralFixtures.recipientsOf(message);
    }
}
