package fr.pepites.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.UserAccount;
import fr.pepites.security.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The activity ledger and the award rules over it, through their services, one transaction per action. */
@PepitesSpringTest
@Transactional
class LearningLedgerTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Autowired
    LearningLedger ledger;
    @Autowired
    AwardRules rules;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        users.logout();
    }

    private Learner newStaffMember() {
        UserAccount account = users.newAccount(Role.SIAE_STAFF, TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
        return Learner.account(account.getId());
    }

    private void byHand(Learner learner, ActivityKind kind, LocalDate date, int minutes) {
        users.login(TestUsers.SIAE_DIRECTOR);
        ledger.recordByHand(new LearningLedger.HandEntry(learner, kind, date, minutes, Modality.DISTANCE,
                "Compte rendu", "https://exemple.fr/preuve", "Atelier suivi hors de la plateforme"));
    }

    /** Saves the rule of its badge over the one there is (the demo data has rules on two badges). */
    private void saveRule(AwardRuleData data) {
        rules.save(data, rules.rules().stream().filter(r -> r.achievementId() == data.achievementId()).findFirst()
                .map(AwardRules.RuleRow::version).orElse(null));
    }

    private long badgeNamed(String name) {
        return jdbc.queryForObject("select id from badge_achievement where name = ?", Long.class, name);
    }

    private List<String> ruleCredentials(Learner learner) {
        return jdbc.queryForList("select c.public_id from badge_credential c where c.source = 'LEARNING' and "
                + "c.account_id = ?", String.class, learner.accountId());
    }

    @Test
    void aDirectorWritesAnActivityByHandOnceAndItShowsInTheStaffMembersRecordAndTheTeamRecord() {
        Learner learner = newStaffMember();
        byHand(learner, ActivityKind.WORKSHOP, TODAY.minusDays(3), 90);

        assertThatThrownBy(() -> byHand(learner, ActivityKind.WORKSHOP, TODAY.minusDays(3), 30))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("date", "Cette activité est déjà inscrite pour cette personne ce jour-là."));
        LearningLedger.LearningRecord record = ledger.recordOf(learner, TODAY.minusMonths(1), TODAY).orElseThrow();
        assertThat(record.activities()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActivityKind.WORKSHOP);
            assertThat(a.minutes()).isEqualTo(90);
            assertThat(a.source()).isEqualTo(ActivitySource.HAND);
            assertThat(a.reason()).isEqualTo("Atelier suivi hors de la plateforme");
        });
        assertThat(record.totals().byModality()).containsEntry(Modality.DISTANCE, 90);
        assertThat(ledger.teamRecord(TODAY.minusMonths(1), TODAY)).filteredOn(r -> r.learner().equals(learner))
                .singleElement().satisfies(r -> assertThat(r.totals().byKind()).containsEntry(ActivityKind.WORKSHOP, 90));
        assertThat(ledger.recordOf(learner, TODAY.minusMonths(2), TODAY.minusMonths(1)).orElseThrow().activities())
                .as("outside the period").isEmpty();
    }

    @Test
    void theRecordIsAttestedInAPdfThatNamesTheLearnerThePeriodTheHoursAndEachActivity() throws Exception {
        Learner learner = newStaffMember();
        byHand(learner, ActivityKind.WORKSHOP, TODAY.minusDays(3), 90);
        byte[] pdf = ledger.attestationOf(learner, TODAY.minusMonths(1), TODAY, key -> key.equals(
                "learning.kind.WORKSHOP") ? "Atelier collectif" : key);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Attestation de formation").contains("Atelier collectif, 1 h 30")
                    .contains("Atelier collectif");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Attestation de formation");
        }
        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThatThrownBy(() -> ledger.attestationOf(learner, TODAY.minusMonths(1), TODAY, key -> key))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMistakenEntryByHandIsTakenBackByItsDirectorOnlyAndATwinningDayNever() {
        Learner learner = newStaffMember();
        byHand(learner, ActivityKind.WORKSHOP, TODAY.minusDays(3), 125);
        long id = ledger.recordOf(learner, TODAY.minusMonths(1), TODAY).orElseThrow().activities().get(0).id();
        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThatThrownBy(() -> ledger.removeByHand(id)).isInstanceOf(InvalidInputException.class);
        users.login(TestUsers.SIAE_DIRECTOR);
        ledger.removeByHand(id);
        assertThat(ledger.recordOf(learner, TODAY.minusMonths(1), TODAY).orElseThrow().activities()).isEmpty();
        byHand(learner, ActivityKind.WORKSHOP, TODAY.minusDays(3), 120);
        long twinningDay = jdbc.queryForObject("select min(id) from learning_activity where source = 'TWINNING'",
                Long.class);
        users.login(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> ledger.removeByHand(twinningDay)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("seules les activités inscrites à la main se retirent"));
    }

    @Test
    void anEntryByHandNeedsAReasonAPastDateAPlausibleLengthAndALearnerOfTheDirectorsOwnStructure() {
        Learner learner = newStaffMember();
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThatThrownBy(() -> ledger.recordByHand(new LearningLedger.HandEntry(learner, ActivityKind.AFEST,
                TODAY.plusDays(1), 0, Modality.ON_SITE, null, "javascript:alert(1)", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("date", "minutes", "reason", "evidenceUrl"));
        assertThatThrownBy(() -> ledger.recordByHand(new LearningLedger.HandEntry(learner, ActivityKind.AFEST,
                TODAY, 60, Modality.ON_SITE, null, "https://trusted.gouv.fr@evil.example/", " \u200B\u202E ")))
                .as("an invisible reason, a link disguised as another site")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("reason", "evidenceUrl"));
        assertThatThrownBy(() -> ledger.teamRecord(LocalDate.of(-999_999_999, 1, 1), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("period", "La période va du 01/01/2000 au 31/12/2100 au plus."));
        assertThatThrownBy(() -> ledger.recordByHand(new LearningLedger.HandEntry(learner, ActivityKind.AFEST,
                LocalDate.of(1900, 1, 1), 60, Modality.ON_SITE, null, null, "Archives")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("date", "La date ne peut pas remonter à plus de 10 ans."));
        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThatThrownBy(() -> ledger.recordByHand(new LearningLedger.HandEntry(learner, ActivityKind.AFEST,
                TODAY, 60, Modality.ON_SITE, null, null, "Essai")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("learner", "Choisissez une personne de votre structure."));
        assertThat(ledger.recordOf(learner, TODAY.minusYears(1), TODAY)).as("another SIAE's staff member").isEmpty();
        users.login(TestUsers.SIAE_STAFF);
        assertThatThrownBy(() -> ledger.recordByHand(new LearningLedger.HandEntry(learner, ActivityKind.AFEST,
                TODAY, 60, Modality.ON_SITE, null, null, "Essai"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCountRuleIssuesItsBadgeOnceWithTheActivitiesThatEarnedItAsEvidenceAndShowsTheProgress() {
        Learner learner = newStaffMember();
        users.login(TestUsers.COORDINATOR);
        long exchange = badgeNamed("Échange de pairs : encadrer une équipe en insertion");
        saveRule(new AwardRuleData(exchange, RuleType.COUNT, ActivityKind.PEER_EXCHANGE, null, 2, null, 12, true));

        byHand(learner, ActivityKind.PEER_EXCHANGE, TODAY.minusDays(20), 180);
        assertThat(ruleCredentials(learner)).as("one exchange of two").isEmpty();
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(ledger.recordOf(learner, TODAY.minusYears(1), TODAY).orElseThrow().progress())
                .filteredOn(p -> p.achievementId() == exchange).singleElement()
                .satisfies(p -> {
                    assertThat(p.text()).isEqualTo("1 sur 2");
                    assertThat(p.wording()).isEqualTo("2 échanges entre pairs en 12 mois");
                    assertThat(p.awarded()).isFalse();
                });

        byHand(learner, ActivityKind.PEER_EXCHANGE, TODAY.minusDays(5), 180);
        assertThat(ruleCredentials(learner)).hasSize(1);
        String evidence = jdbc.queryForObject("select c.json from badge_credential c where c.public_id = ?",
                String.class, ruleCredentials(learner).get(0));
        assertThat(evidence).contains("échange entre pairs du " + String.format("%1$td/%1$tm/%1$tY",
                TODAY.minusDays(20))).contains("2 échanges entre pairs en 12 mois");

        byHand(learner, ActivityKind.PEER_EXCHANGE, TODAY.minusDays(1), 180);
        assertThat(ruleCredentials(learner)).as("never twice for the same rule").hasSize(1);
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(ledger.recordOf(learner, TODAY.minusYears(1), TODAY).orElseThrow().progress())
                .filteredOn(p -> p.achievementId() == exchange).singleElement()
                .satisfies(p -> assertThat(p.awarded()).isTrue());
    }

    @Test
    void anHoursRuleCountsTheMinutesOfItsKindOnly() {
        Learner learner = newStaffMember();
        users.login(TestUsers.COORDINATOR);
        long webinar = badgeNamed("Webconférence : le PASS IAE et ses règles");
        saveRule(new AwardRuleData(webinar, RuleType.HOURS, ActivityKind.WEB_CONFERENCE, null, null, 3, null, true));

        byHand(learner, ActivityKind.WEB_CONFERENCE, TODAY.minusDays(9), 100);
        byHand(learner, ActivityKind.WORKSHOP, TODAY.minusDays(8), 300);
        assertThat(ruleCredentials(learner)).as("1 h 40 of web conference").isEmpty();
        byHand(learner, ActivityKind.WEB_CONFERENCE, TODAY.minusDays(7), 80);
        assertThat(ruleCredentials(learner)).as("3 h").hasSize(1);
    }

    @Test
    void theDemosRuleGivesRomainBlancThePeerExchangeBadgeAtHisThirdExchange() {
        users.login(TestUsers.SIAE_DIRECTOR);
        Learner romain = ledger.learnersOfMyOrganisation().entrySet().stream()
                .filter(e -> e.getValue().equals("Romain Blanc")).findFirst().orElseThrow().getKey();
        // Not two days ago: LearningBrowserTest writes that one, and keeps it.
        byHand(romain, ActivityKind.PEER_EXCHANGE, TODAY.minusDays(3), 150);
        users.login("cip.velo@pepites.demo");
        assertThat(ledger.myRecord(TODAY.minusYears(1), TODAY).progress())
                .filteredOn(p -> p.wording().equals("3 échanges entre pairs en 12 mois")).singleElement()
                .satisfies(p -> assertThat(p.awarded()).as(p.text()).isTrue());
    }

    @Test
    void onlyCoordinatorsKeepTheRulesWhichCheckTheirFields() {
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThatThrownBy(() -> rules.save(new AwardRuleData(1L, RuleType.COUNT, ActivityKind.PEER_EXCHANGE, null, 3,
                null, 12, true), null)).isInstanceOf(AccessDeniedException.class);
        users.login(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> rules.save(new AwardRuleData(-1L, RuleType.COUNT, null, null, 0, null, 0, true),
                null)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("achievement", "kind", "requiredCount", "withinMonths"));
        long exchange = badgeNamed("Échange de pairs : encadrer une équipe en insertion");
        saveRule(new AwardRuleData(exchange, RuleType.COUNT, ActivityKind.PEER_EXCHANGE, null, 3, null, 12, true));
        assertThatThrownBy(() -> rules.save(new AwardRuleData(exchange, RuleType.COUNT, ActivityKind.PEER_EXCHANGE,
                null, 4, null, 12, true), null)).as("a new rule over one it did not read")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("achievement", "Ce badge a déjà une règle : modifiez-la depuis la liste."));
        assertThat(rules.rules()).filteredOn(r -> r.achievementId() == exchange).singleElement()
                .satisfies(r -> assertThat(r.wording()).isEqualTo("3 échanges entre pairs en 12 mois"));
    }
}
