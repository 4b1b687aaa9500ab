package fr.pepites.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.UserAccount;
import fr.pepites.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** E-learning capsules and the import of an outside LMS's completions, through their services. */
@PepitesSpringTest
@Transactional
class CapsulesTest {

    private static final String QUIZ = """
            ? Combien de temps dure un PASS IAE ?
            - 12 mois
            + 24 mois
            ? Qui peut orienter vers une SIAE ?
            + France Travail
            + Un prescripteur habilité
            - Personne
            """;

    @Autowired
    Capsules capsules;
    @Autowired
    LmsImport lms;
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

    private long capsule(String title) {
        users.login(TestUsers.COORDINATOR);
        return capsules.save(null, null, new CapsuleData(title, "En dix minutes.",
                "# Le PASS IAE\n\nIl dure **24 mois**. <script>alert(1)</script>", "https://video.exemple.fr/pass",
                10, 80, QUIZ, List.of("PASS IAE"), true));
    }

    @Test
    void aCapsulePassedWritesTheLedgerWithItsScoreAndItsRuleIssuesTheBadgeOnceAllAreReached() {
        long first = capsule("Le PASS IAE en dix minutes");
        long second = capsule("Prescrire un parcours");
        long badge = jdbc.queryForObject("select id from badge_achievement where name = ?", Long.class,
                "Webconférence : le PASS IAE et ses règles");
        AwardRules.RuleRow existing = rules.rules().stream().filter(r -> r.achievementId() == badge).findFirst()
                .orElse(null);
        rules.save(new AwardRuleData(badge, RuleType.CAPSULES, null, null, null, null, null, true, null, 100,
                List.of(first, second)), existing == null ? null : existing.version());
        UserAccount learner = users.newAccount(Role.SIAE_STAFF, TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
        users.login(learner.getEmail());

        assertThat(capsules.toTake(first).questions()).extracting(Quiz.Asked::multiple).containsExactly(false, true);
        Capsules.Outcome failed = capsules.submit(first, List.of(Set.of(1), Set.of(0)));
        assertThat(failed.score()).isEqualTo(50);
        assertThat(failed.passed()).isFalse();
        assertThat(failed.rightCount()).isEqualTo(1);
        assertThat(failed.rightAnswers()).as("the expected answers wait for a pass").isEmpty();
        assertThat(ledgerRows(learner)).isZero();

        assertThat(capsules.submit(first, List.of(Set.of(1), Set.of(0, 1))).passed()).isTrue();
        assertThat(jdbc.queryForObject("select score from learning_activity where account_id = ? and source = "
                + "'CAPSULE'", Integer.class, learner.getId())).isEqualTo(100);
        assertThat(badges(learner, badge)).as("one capsule of two").isZero();
        capsules.submit(second, List.of(Set.of(1), Set.of(0, 1)));
        assertThat(badges(learner, badge)).isEqualTo(1);
        Capsules.Outcome again = capsules.submit(second, List.of(Set.of(1), Set.of(0, 1)));
        assertThat(again.rightAnswers()).containsExactly(Set.of(1), Set.of(0, 1));
        assertThat(badges(learner, badge)).as("never twice").isEqualTo(1);
        assertThat(ledgerRows(learner)).as("a pass repeated adds nothing").isEqualTo(2);
        capsules.submit(second, List.of(Set.of(0), Set.of(0)));
        capsules.submit(second, List.of(Set.of(0), Set.of(0)));
        assertThat(capsules.submit(second, List.of(Set.of(0), Set.of(0))).triesLeftToday()).isZero();
        assertThatThrownBy(() -> capsules.submit(second, List.of(Set.of(1), Set.of(0, 1))))
                .as("five tries a day").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("réessayez demain"));
        assertThat(capsules.published()).filteredOn(c -> c.id() == first).singleElement()
                .satisfies(c -> assertThat(c.passed()).isTrue());
    }

    @Test
    void aQuizWithoutARightAnswerAPassMarkOutOfRangeOrALongCapsuleIsRefusedAndUnpublishedOnesAreHidden() {
        users.login(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> capsules.save(null, null, new CapsuleData("Quiz", null, "Texte", "javascript:alert(1)",
                20, 101, "? Une question\n- a\n- b", List.of(), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("videoLink", "minutes", "passMark")
                        .containsEntry("quiz", "Question 1 : indiquez au moins une bonne réponse (« + … »)."));
        assertThatThrownBy(() -> capsules.save(null, null, new CapsuleData("Quiz", null, "Texte", null, 5, 50,
                "- une réponse sans question", List.of(), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("quiz"))
                        .startsWith("Ligne 1 :"));
        long draft = capsules.save(null, null, new CapsuleData("Brouillon", null, "Texte", null, 5, 50,
                "? Q\n+ a\n- b", List.of(), false));
        users.login(TestUsers.SIAE_STAFF);
        assertThat(capsules.published()).extracting(Capsules.CapsuleRow::id).doesNotContain(draft);
        assertThatThrownBy(() -> capsules.toTake(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> capsules.save(draft, 0L, new CapsuleData("Pris", null, "Texte", null, 5, 50,
                "? Q\n+ a\n- b", List.of(), true))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMoodleCompletionReportWritesEachLineAndRefusesTheBadOnesWithTheirNumberAndReason() {
        UserAccount learner = users.newAccount(Role.SIAE_STAFF, TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
        users.login(TestUsers.COORDINATOR);
        String yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString();
        String csv = "\uFEFFAdresse de courriel,Cours,Date d'achèvement,Note\n"
                + learner.getEmail().toUpperCase() + ",\"Sécurité, gestes et postures\"," + yesterday + ",\"85,5\"\n"
                + "inconnu@exemple.fr,Sécurité," + yesterday + ",90\n"
                + learner.getEmail() + ",Sécurité,31/02/2025,90\n"
                + learner.getEmail() + ",\"Sécurité, gestes et postures\"," + yesterday + ",85\n"
                + learner.getEmail() + ",Accueil,2025-06-01,120\n";
        LmsImport.Report report = lms.importCompletions(csv.getBytes(StandardCharsets.UTF_8), ActivityKind.CAPSULE, 60);
        assertThat(report.written()).isEqualTo(1);
        assertThat(report.refused()).hasSize(4);
        assertThat(report.refused().get(0)).startsWith("Ligne 3 : aucun compte actif");
        assertThat(report.refused().get(1)).startsWith("Ligne 4 : la date d'achèvement");
        assertThat(report.refused().get(2)).startsWith("Ligne 5 : déjà inscrite");
        assertThat(report.refused().get(3)).startsWith("Ligne 6 : la note");
        assertThat(jdbc.queryForObject("select score from learning_activity where account_id = ? and source = "
                + "'IMPORT'", Integer.class, learner.getId())).isEqualTo(86);
        assertThatThrownBy(() -> lms.importCompletions("nom,prenom\nx,y".getBytes(StandardCharsets.UTF_8),
                ActivityKind.CAPSULE, 60)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("file"));
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThatThrownBy(() -> lms.importCompletions(csv.getBytes(StandardCharsets.UTF_8), ActivityKind.CAPSULE, 60))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anImportNamesTheLinesOfTheFileEvenAfterAFieldOnSeveralLinesRefusesOddGradesAndAQuoteNeverClosed() {
        UserAccount learner = users.newAccount(Role.SIAE_STAFF, TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
        users.login(TestUsers.COORDINATOR);
        String yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString();
        String csv = "email;cours;date;note\r\n"
                + learner.getEmail() + ";\"Accueil\r\nsur deux lignes\";" + yesterday + ";NaN\r\n"
                + learner.getEmail() + ";Sécurité;" + yesterday + ";1e1\r\n"
                + learner.getEmail() + ";Sécurité;" + yesterday + ";85 %\r\n";
        LmsImport.Report report = lms.importCompletions(csv.getBytes(StandardCharsets.UTF_8), ActivityKind.CAPSULE, 30);
        assertThat(report.written()).isEqualTo(1);
        assertThat(report.refused()).containsExactly(
                "Ligne 2 : la note « NaN » doit être un nombre de 0 à 100.",
                "Ligne 4 : la note « 1e1 » doit être un nombre de 0 à 100.");
        assertThatThrownBy(() -> lms.importCompletions(("email,cours,date\n" + learner.getEmail() + ",\"Jamais fermé,"
                + yesterday + "\n").getBytes(StandardCharsets.UTF_8), ActivityKind.CAPSULE, 30))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("file"))
                        .startsWith("Ligne 2 : un guillemet ouvert n'est jamais fermé"));
    }

    private int ledgerRows(UserAccount learner) {
        return jdbc.queryForObject("select count(*) from learning_activity where account_id = ?", Integer.class,
                learner.getId());
    }

    private int badges(UserAccount learner, long badge) {
        return jdbc.queryForObject("select count(*) from badge_credential where account_id = ? and achievement_id = ?",
                Integer.class, learner.getId(), badge);
    }
}
