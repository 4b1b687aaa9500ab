package fr.pepites.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.directory.Organisation;
import fr.pepites.referral.ReferralFixtures;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parcours's e-mails reach a real SMTP server (GreenMail) through the e-mail steps: the CEP's advisers at a
 * hand-back, the SIAE at the review's reminder, its directors at the alert.
 */
@PepitesSpringTest
@Transactional
class ParcoursMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ParcoursService parcours;
    @Autowired
    ParcoursFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aReviewLeftOpenRemindsTheSiaeThenAlertsItsDirectors() throws Exception {
        Parcours p = fixtures.startAtVelo("Relance", LocalDate.now().minusMonths(11), LocalDate.now().plusMonths(1));
        fixtures.openReview(p);
        fixtures.fire(p, "boundary_review_reminder");
        fixtures.sendMails(p);
        MimeMessage reminder = single(p);
        assertThat(reminder.getSubject()).isEqualTo("[PEPITES] " + p.businessKey()
                + " – bilan de fin de parcours à faire");
        assertThat(ReferralFixtures.recipientsOf(reminder)).contains(TestUsers.SIAE_DIRECTOR, TestUsers.SIAE_STAFF);
        SMTP.purgeEmailFromAllMailboxes();
        assertThat((String) reminder.getContent()).contains("/taches?dossier=" + p.businessKey())
                .doesNotContain("Relance");

        fixtures.fire(p, "boundary_review_escalation");
        fixtures.sendMails(p);
        MimeMessage alert = single(p);
        assertThat(alert.getSubject()).endsWith("bilan de fin de parcours en retard");
        assertThat(ReferralFixtures.recipientsOf(alert)).containsExactly(TestUsers.SIAE_DIRECTOR);
    }

    @Test
    void aHandBackIsMailedToTheAdvisersOfTheCepOperatorChosen() throws Exception {
        Parcours p = fixtures.startAtVelo("Retour", LocalDate.now().minusMonths(11), LocalDate.now().plusMonths(2));
        String review = fixtures.openReview(p).id();
        Organisation avenir = entityManager.createQuery("select o from Organisation o where o.name like 'Avenir%'",
                Organisation.class).getSingleResult();
        entityManager.flush();
        parcours.completeReview(review, p.getId(), p.getVersion(), new ReviewData(List.of(), "Reprise d'études",
                null, avenir.getId(), true, Set.of()));
        fixtures.sendMails(p);

        MimeMessage handBack = single(p);
        assertThat(handBack.getSubject()).endsWith("retour vers le CEP");
        assertThat(ReferralFixtures.recipientsOf(handBack)).contains(TestUsers.CEP_ADVISER)
                .doesNotContain(TestUsers.CEP_ADVISER_OTHER_OPERATOR, TestUsers.SIAE_DIRECTOR);
        assertThat((String) handBack.getContent()).contains("Atelier Vélo Solidaire").doesNotContain("Retour ");
    }

    /** The one e-mail sent about the parcours (GreenMail keeps a copy per recipient, all the same message). */
    private static MimeMessage single(Parcours p) throws Exception {
        List<MimeMessage> mails = ReferralFixtures.mailsAbout(p.businessKey(), SMTP.getReceivedMessages());
        assertThat(mails).isNotEmpty();
        for (MimeMessage mail : mails) {
            assertThat(mail.getMessageID()).isEqualTo(mails.get(0).getMessageID());
        }
        return mails.get(0);
    }
}
