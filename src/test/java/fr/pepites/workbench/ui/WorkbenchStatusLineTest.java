package fr.pepites.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.ui.PepitesI18NProvider;
import fr.pepites.workbench.SolveRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the status line tells of a run whose node died: the proposals really kept, and from when. */
class WorkbenchStatusLineTest {

    private static final Instant STARTED = Instant.parse("2025-03-12T09:30:00Z");
    private static final java.time.Duration LIMIT = java.time.Duration.ofSeconds(60);
    private final PepitesI18NProvider i18n = new PepitesI18NProvider();

    private String line(SolveRun.Kept kept) {
        SolveRun run = new SolveRun(SolveRun.Status.INTERRUPTED, "Claire Dubois", STARTED, Instant.now(), 40, 12,
                null, 0, 3, kept);
        return WorkbenchPanel.statusLine(run, "matching",
                (key, params) -> i18n.getTranslation(key, PepitesI18NProvider.FRENCH, params), LIMIT);
    }

    @Test
    void aRunInterruptedBeforeItsFirstSaveSaysNoneOfItsProposalsIsKeptAndThePreviousOnesAreShown() {
        String line = line(new SolveRun.Kept(7, Instant.parse("2025-03-11T16:05:00Z"), false));

        assertThat(line).isEqualTo("Le calcul lancé par Claire Dubois le 12/03/2025 10:30 a été interrompu (le "
                + "serveur qui le menait s’est arrêté) avant d’enregistrer la moindre proposition : aucune "
                + "proposition de ce calcul n’est gardée. Les propositions affichées sont toujours celles du calcul "
                + "précédent, enregistrées le 11/03/2025 17:05 ; relancez le calcul pour en obtenir de nouvelles.");
    }

    @Test
    void aFirstRunInterruptedBeforeItsFirstSaveSaysNoProposalIsKept() {
        assertThat(line(SolveRun.Kept.NONE)).endsWith("avant d’enregistrer la moindre proposition : aucune "
                + "proposition n’est gardée ; relancez-le.");
    }

    @Test
    void aRunInterruptedAfterSavingSaysHowManyProposalsAreKeptAndFromWhen() {
        String line = line(new SolveRun.Kept(12, Instant.parse("2025-03-12T09:31:20Z"), true));

        assertThat(line).isEqualTo("Le calcul lancé par Claire Dubois le 12/03/2025 10:30 a été interrompu (le "
                + "serveur qui le menait s’est arrêté) : ses 12 meilleures propositions, enregistrées le "
                + "12/03/2025 10:31, sont gardées ; relancez-le pour aller plus loin.");
        assertThat(line(new SolveRun.Kept(1, Instant.parse("2025-03-12T09:31:20Z"), true)))
                .contains(" : sa meilleure proposition, enregistrée le 12/03/2025 10:31, est gardée ;");
    }

    @Test
    void aRunEndedByItsProofSaysOptimumProvenAndTheScoreInWords() {
        SolveRun run = new SolveRun(SolveRun.Status.OPTIMAL, "Claire Dubois", STARTED, Instant.now(), 7, 12,
                "aucune règle impérative enfreinte · 7\u202f165 points", 7, 1, SolveRun.Kept.NONE);

        assertThat(WorkbenchPanel.statusLine(run, "matching",
                (key, params) -> i18n.getTranslation(key, PepitesI18NProvider.FRENCH, params), LIMIT))
                .isEqualTo("Calcul terminé, optimum prouvé (lancé par Claire Dubois le 12/03/2025 10:30) : aucune "
                        + "autre répartition ne fait mieux avec les données et les pondérations actuelles — aucune "
                        + "règle impérative enfreinte · 7\u202f165 points ; 7 personnes sur 7 avec une proposition "
                        + "(12 places libres).");
    }

    @Test
    void aRunningSolveSaysUntilWhenAndAnUnprovenOneSaysItIsTheBestFound() {
        SolveRun running = new SolveRun(SolveRun.Status.RUNNING, "Claire Dubois", STARTED, null, 7, 12,
                "aucune règle impérative enfreinte · 900 points", 5, 2, SolveRun.Kept.NONE);
        SolveRun finished = new SolveRun(SolveRun.Status.FINISHED, "Claire Dubois", STARTED, Instant.now(), 7, 12,
                "aucune règle impérative enfreinte · 900 points", 5, 2, SolveRun.Kept.NONE);

        assertThat(WorkbenchPanel.statusLine(running, "matching",
                (key, params) -> i18n.getTranslation(key, PepitesI18NProvider.FRENCH, params), LIMIT))
                .endsWith("; il s’arrêtera au plus tard à 10:31:00.");
        assertThat(WorkbenchPanel.statusLine(finished, "twinningWorkbench",
                (key, params) -> i18n.getTranslation(key, PepitesI18NProvider.FRENCH, params), LIMIT))
                .startsWith("Calcul terminé sans preuve d’optimum, à sa limite de temps ou faute d’amélioration")
                .contains("meilleure solution trouvée : aucune règle impérative enfreinte · 900 points");
    }
}
