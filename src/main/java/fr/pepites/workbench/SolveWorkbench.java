package fr.pepites.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a workbench screen does, whatever the problem: a feature's service implements it (checking the coordinator's
 * role) on top of its {@link Workbench}, and {@code workbench.ui.WorkbenchPanel} shows it.
 */
public interface SolveWorkbench {

    Optional<SolveRun> current();

    List<WorkbenchRow> proposals();

    List<WeightSetting> weights();

    /** What the feature's soft score counts, for showing each proposal's part of it. */
    default ScoreWords.Soft scoreKind() {
        return ScoreWords.Soft.POINTS;
    }

    SolveRun start();

    /** How long a solve may run at most: its status line says until when. */
    java.time.Duration timeLimit();

    SolveRun resolve();

    void stop();

    Acceptance accept(Collection<String> ids);

    void reject(Collection<String> ids);

    void pin(Collection<String> ids, boolean pinned);

    /** Tells each change of the run (from the solver's thread); the returned handle unsubscribes. */
    Runnable subscribe(Consumer<SolveRun> listener);
}
