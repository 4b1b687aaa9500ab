package fr.pepites.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scores in a coordinator's words: French plurals, French grouping, each solver's score read as it counts. */
class ScoreWordsTest {

    /** The narrow no-break space France groups digits with. */
    private static final String GROUP = "\u202f";

    @Test
    void aMatchingScoreReadsAsRulesKeptAndPointsGroupedTheFrenchWay() {
        assertThat(ScoreWords.of(0, 7165, ScoreWords.Soft.POINTS))
                .isEqualTo("aucune règle impérative enfreinte · 7" + GROUP + "165 points");
        assertThat(ScoreWords.of(0, 1, ScoreWords.Soft.POINTS)).endsWith(" · 1 point");
        assertThat(ScoreWords.of(0, 0, ScoreWords.Soft.POINTS)).endsWith(" · 0 point");
        assertThat(ScoreWords.of(0, -1234, ScoreWords.Soft.POINTS)).endsWith(" · \u22121" + GROUP + "234 points");
    }

    @Test
    void brokenHardRulesAreCountedAsBreachesWithFrenchPlurals() {
        assertThat(ScoreWords.hard(-1)).isEqualTo("1 manquement à une règle impérative");
        assertThat(ScoreWords.hard(-2)).isEqualTo("2 manquements aux règles impératives");
        assertThat(ScoreWords.hard(-12500)).isEqualTo("12" + GROUP + "500 manquements aux règles impératives");
    }

    @Test
    void aTwinningScoreReadsAsRequestsWithoutProposalAndPenaltiesNotNegativePoints() {
        String unplaced = ScoreWords.count(2, "aucune demande sans proposition", "demande sans proposition",
                "demandes sans proposition");
        assertThat(ScoreWords.of(0, unplaced, -144, ScoreWords.Soft.PENALTIES))
                .isEqualTo("aucune règle impérative enfreinte · 2 demandes sans proposition · 144 points de pénalité");
        assertThat(ScoreWords.count(0, "aucune demande sans proposition", "demande sans proposition",
                "demandes sans proposition")).isEqualTo("aucune demande sans proposition");
        assertThat(ScoreWords.count(1, "aucune demande sans proposition", "demande sans proposition",
                "demandes sans proposition")).isEqualTo("1 demande sans proposition");
        assertThat(ScoreWords.soft(-1, ScoreWords.Soft.PENALTIES)).isEqualTo("1 point de pénalité");
        assertThat(ScoreWords.soft(0, ScoreWords.Soft.PENALTIES)).isEqualTo("aucune pénalité");
        assertThat(ScoreWords.soft(45, ScoreWords.Soft.PENALTIES)).isEqualTo("45 points de bonus");
    }

    @Test
    void aProposalsPartIsSignedInPointsAndUnsignedInPenalties() {
        assertThat(ScoreWords.impact(1300, ScoreWords.Soft.POINTS)).isEqualTo("+1" + GROUP + "300 points");
        assertThat(ScoreWords.impact(-36, ScoreWords.Soft.POINTS)).isEqualTo("\u221236 points");
        assertThat(ScoreWords.impact(-15, ScoreWords.Soft.PENALTIES)).isEqualTo("15 points de pénalité");
    }
}
