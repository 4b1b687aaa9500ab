package fr.pepites.retention;

import static fr.pepites.referral.ReferralFixtures.validReferral;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.badges.BadgeFixtures;
import fr.pepites.badges.BadgeKind;
import fr.pepites.badges.BadgeRows;
import fr.pepites.badges.BadgeService;
import fr.pepites.badges.PublicVerifier;
import fr.pepites.parcours.Parcours;
import fr.pepites.parcours.ParcoursFixtures;
import fr.pepites.referral.Referral;
import fr.pepites.referral.ReferralFixtures;
import fr.pepites.referral.ReferralService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Files closed for longer than the retention period go, with everything in them; the others stay. */
@PepitesSpringTest
@Transactional
class RetentionServiceTest {

    private static final Instant THREE_YEARS_AGO = Instant.now().minus(3 * 365, ChronoUnit.DAYS);

    @Autowired
    RetentionService retention;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ParcoursFixtures parcoursFixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BadgeService badges;
    @Autowired
    PublicVerifier verifier;
    @Autowired
    BadgeFixtures badgeFixtures;
    @PersistenceContext
    EntityManager entityManager;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aFileClosedForMoreThanTwoYearsIsDeletedWholeAndTheOthersStay() {
        long velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire").getId();
        users.login(TestUsers.CEP_ADVISER);
        Referral closedLongAgo = referrals.submit(null, validReferral("Ancien", velo));
        cancel(closedLongAgo);
        Referral openLongAgo = referrals.submit(null, validReferral("Ouvert", velo));
        Referral closedRecently = referrals.submit(null, validReferral("Recent", velo));
        cancel(closedRecently);
        backdate(closedLongAgo, true);
        backdate(openLongAgo, true);
        backdate(closedRecently, false);
        long personsBefore = count("person");
        // The nightly purge runs with no one logged in and nothing loaded (this test's actions ran in its transaction).
        users.logout();
        entityManager.flush();
        entityManager.clear();

        assertThat(retention.purgeClosedFiles(Instant.now())).isEqualTo(1);

        long gone = closedLongAgo.getPerson().getId();
        assertThat(count("person")).isEqualTo(personsBefore - 1);
        assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Long.class, gone)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from referral where person_id = ?", Long.class, gone)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from referral_event where referral_id = ?", Long.class,
                closedLongAgo.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from referral_job_title where referral_id = ?", Long.class,
                closedLongAgo.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from person_file_log where person_id = ?", Long.class, gone))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from referral where id in (?, ?)", Long.class,
                openLongAgo.getId(), closedRecently.getId())).as("an open file, a file closed lately").isEqualTo(2);
    }

    @Test
    void aFileWithAParcoursStaysWhileItRunsAndGoesWithItsPassTwoYearsAfterItClosed() {
        Parcours running = parcoursFixtures.startAtVelo("EnContrat", LocalDate.now().minusMonths(20),
                LocalDate.now().plusMonths(3));
        Parcours closed = parcoursFixtures.startAtVelo("Clos", LocalDate.now().minusYears(4),
                LocalDate.now().minusYears(3));
        users.logout();
        entityManager.flush();
        Timestamp then = Timestamp.from(THREE_YEARS_AGO);
        for (Parcours p : new Parcours[] {running, closed}) {
            jdbc.update("update person set created_at = ? where id = ?", then, p.getPerson().getId());
            jdbc.update("update person_file_log set at = ? where person_id = ?", then, p.getPerson().getId());
            jdbc.update("update parcours set updated_at = ? where id = ?", then, p.getId());
        }
        // The closed one's follow-up was recorded three years ago (the rest of its process does not matter here).
        jdbc.update("update parcours set status = 'CLOSED', updated_at = ? where id = ?", then, closed.getId());
        entityManager.clear();

        assertThat(retention.purgeClosedFiles(Instant.now())).isEqualTo(1);

        long gone = closed.getPerson().getId();
        assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Long.class, gone)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from parcours where person_id = ?", Long.class, gone)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pass_iae where person_id = ?", Long.class, gone)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from parcours_event where parcours_id = ?", Long.class,
                closed.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from parcours where id = ?", Long.class, running.getId()))
                .as("a parcours under contract").isOne();
    }

    /** The adviser opens the referral (a reading of the file) and cancels it, at the version the page showed. */
    private void cancel(Referral referral) {
        long version = referrals.details(referral.getId()).orElseThrow().version();
        referrals.cancel(referral.getId(), version, "La personne a déménagé.");
    }

    /** The person created, and their file last changed, three years ago; or only the person created then. */
    private void backdate(Referral referral, boolean fileToo) {
        Timestamp then = Timestamp.from(THREE_YEARS_AGO);
        long person = referral.getPerson().getId();
        jdbc.update("update person set created_at = ? where id = ?", then, person);
        if (fileToo) {
            jdbc.update("update referral set status_changed_at = ? where id = ?", then, referral.getId());
            jdbc.update("update person_file_log set at = ? where person_id = ?", then, person);
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void aPurgedPersonsBadgesStayTheirsButLoseTheLinkToTheFileAndTheAddress() {
        Parcours closed = parcoursFixtures.startAtVelo("Badgee", LocalDate.now().minusYears(4),
                LocalDate.now().minusYears(3));
        badgeFixtures.giveEmail(closed.getPerson().getId(), "badgee@example.fr");
        users.login(TestUsers.COORDINATOR);
        long achievement = badgeFixtures.achievement("Conservé", BadgeKind.COMPETENCE, false, null);
        String id = badges.award(new BadgeRows.AwardRequest(achievement, List.of(closed.getPerson().getId()),
                List.of(), null, null)).get(0);
        users.logout();
        entityManager.flush();
        Timestamp then = Timestamp.from(THREE_YEARS_AGO);
        jdbc.update("update person set created_at = ? where id = ?", then, closed.getPerson().getId());
        jdbc.update("update person_file_log set at = ? where person_id = ?", then, closed.getPerson().getId());
        jdbc.update("update parcours set status = 'CLOSED', updated_at = ? where id = ?", then, closed.getId());
        entityManager.clear();

        assertThat(retention.purgeClosedFiles(Instant.now())).isEqualTo(1);

        assertThat(jdbc.queryForMap("select person_id, recipient_email, recipient_name from badge_credential "
                + "where public_id = ?", id)).containsEntry("PERSON_ID", null).containsEntry("RECIPIENT_EMAIL", null)
                .containsEntry("RECIPIENT_NAME", "Sam Badgee");
        assertThat(badges.credentialJson(id)).as("still served, and it verifies").isPresent();
        assertThat(verifier.verifyFile(badges.credentialJson(id).orElseThrow().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).valid()).isTrue();
    }
}
