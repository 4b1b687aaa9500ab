package fr.pepites.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.referral.ReferralFixtures;
import fr.pepites.twinning.process.TwinningProcess;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The twinning's e-mails reach a real SMTP server (GreenMail) through the e-mail steps: the tiers-lieu asked to
 * confirm, the SIAE told the dates, the director reminded, the coordinators alerted.
 */
@PepitesSpringTest
@Transactional
class TwinningMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final LocalDate MONDAY = LocalDate.now().plusWeeks(6).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Autowired
    TwinningService twinnings;
    @Autowired
    TwinningFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void offer() {
        fixtures.offerAtChartrons();
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    private long version(Twinning t) {
        entityManager.flush();
        entityManager.refresh(t);
        return t.getVersion();
    }

    @Test
    void theTiersLieuIsAskedToConfirmThenTheSiaeIsToldTheDates() throws Exception {
        Twinning t = fixtures.submitted(MONDAY);
        fixtures.matchAtChartrons(t, MONDAY);
        users.login(TestUsers.SIAE_DIRECTOR);
        twinnings.approve(fixtures.taskOf(t, TwinningProcess.TASK_APPROVE).id(), t.getId(), version(t));
        fixtures.sendMails(t);
        MimeMessage toConfirm = single(t);
        assertThat(toConfirm.getSubject()).isEqualTo("[PEPITES] " + t.businessKey() + " – accueil à confirmer");
        assertThat(ReferralFixtures.recipientsOf(toConfirm)).containsExactly(TestUsers.TIERS_LIEU_MANAGER);
        assertThat((String) toConfirm.getContent()).contains("Atelier Vélo Solidaire")
                .contains("/taches?dossier=" + t.businessKey());
        SMTP.purgeEmailFromAllMailboxes();

        users.login(TestUsers.TIERS_LIEU_MANAGER);
        twinnings.confirm(fixtures.taskOf(t, TwinningProcess.TASK_CONFIRM).id(), t.getId(), version(t));
        fixtures.sendMails(t);
        MimeMessage scheduled = single(t);
        assertThat(scheduled.getSubject()).endsWith("jumelage programmé");
        assertThat(ReferralFixtures.recipientsOf(scheduled)).contains(TestUsers.SIAE_DIRECTOR, TestUsers.SIAE_STAFF);
        assertThat((String) scheduled.getContent()).contains("Fablab des Chartrons")
                .contains(TwinningService.DATE.format(MONDAY));
    }

    @Test
    void anApprovalLeftWaitingRemindsTheDirectorThenAlertsTheCoordinators() throws Exception {
        Twinning t = fixtures.submitted(MONDAY);
        fixtures.matchAtChartrons(t, MONDAY);
        fixtures.fire(t, "boundary_approval_reminder");
        fixtures.sendMails(t);
        MimeMessage reminder = single(t);
        assertThat(reminder.getSubject()).endsWith("jumelage à approuver");
        assertThat(ReferralFixtures.recipientsOf(reminder)).containsExactly(TestUsers.SIAE_DIRECTOR);
        SMTP.purgeEmailFromAllMailboxes();

        fixtures.fire(t, "boundary_approval_escalation");
        fixtures.sendMails(t);
        MimeMessage alert = single(t);
        assertThat(alert.getSubject()).endsWith("approbation en retard");
        assertThat(ReferralFixtures.recipientsOf(alert)).contains(TestUsers.COORDINATOR)
                .doesNotContain(TestUsers.SIAE_DIRECTOR);
    }

    @Test
    void aCancellationByTheTiersLieuIsToldToTheSiae() throws Exception {
        Twinning t = fixtures.submitted(MONDAY);
        fixtures.matchAtChartrons(t, MONDAY);
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        twinnings.cancel(t.getId(), version(t), "Fermeture imprévue de l'atelier");
        fixtures.sendMails(t);
        MimeMessage cancelled = single(t);
        assertThat(cancelled.getSubject()).endsWith("jumelage annulé");
        assertThat(ReferralFixtures.recipientsOf(cancelled)).contains(TestUsers.SIAE_DIRECTOR)
                .doesNotContain(TestUsers.TIERS_LIEU_MANAGER);
        assertThat((String) cancelled.getContent()).contains("Fermeture imprévue de l'atelier")
                .contains("a été annulé par Fablab des Chartrons");
    }

    /** The one e-mail sent about the twinning (GreenMail keeps a copy per recipient, all the same message). */
    private static MimeMessage single(Twinning t) throws Exception {
        List<MimeMessage> mails = ReferralFixtures.mailsAbout(t.businessKey(), SMTP.getReceivedMessages());
        assertThat(mails).isNotEmpty();
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo(mails.get(0).getSubject());
        }
        return mails.get(0);
    }
}
