package fr.pepites.workbench;

import java.util.concurrent.atomic.AtomicReference;
import org.optaplanner.core.api.score.Score;

/**
 * The best score a problem's solutions can reach, once an exact phase of its solver has proven it (empty until then).
 * It is a fact of the problem, not of one solution: the solver's clones share one holder (the cloner copies a field of
 * this type by reference), so that the best solution, whichever clone it is, is compared with it.
 */
public final class ProvenOptimum<S extends Score<S>> {

    private final AtomicReference<S> optimum = new AtomicReference<>();

    /** The exact phase proved that no solution scores better than this (for these data, pins and weights). */
    public void prove(S best) {
        optimum.set(best);
    }

    /** Forgets a proof made for other pins or exclusions: each solve's exact phase proves its own, or none. */
    public void forget() {
        optimum.set(null);
    }

    /** Whether this score reaches the proven optimum. */
    public boolean reachedBy(S reached) {
        S best = optimum.get();
        return best != null && reached != null && reached.compareTo(best) >= 0;
    }

    /** A solution whose solver may prove its optimum: {@link OptimumProvenTermination} ends the solve there. */
    public interface Holder {
        ProvenOptimum<?> provenOptimum();
    }
}
