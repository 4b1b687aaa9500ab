package fr.pepites.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a feature tells its {@link Workbench} about its problem {@code S} (an OptaPlanner solution): how to build it
 * from the current data, read it, pin, reject and accept its proposals, and explain them.
 */
public interface SolveProblem<S> {

    /** The problem from the current data (called in a read-only transaction). */
    S build();

    /** Why there is nothing to solve, in French for the coordinator; empty when there is. */
    Optional<String> nothingToSolve(S problem);

    /** What the problem places, and on what (for the run's status line). */
    int subjects(S problem);

    int resources(S problem);

    /** Subjects with a proposal. */
    long placed(S problem);

    /** The solution's score in the coordinator's words ({@link ScoreWords}). */
    String score(S problem);

    /**
     * Whether this solution is proven to be the best possible for the problem as it stands (its data and weights):
     * the solve then ends at once. Only a feature whose construction is exact can say so; by default none is.
     */
    default boolean optimumProven(S solution) {
        return false;
    }

    /**
     * Called just before the solver starts on this problem (a fresh one, or the one a re-solve kept): a feature whose
     * solve has a deadline of its own sets it here, not when the problem was built.
     */
    default void beforeSolve(S problem) {
    }

    /** Pins or unpins a subject's proposal: a re-solve keeps it as it is. */
    void pin(S problem, String id, boolean pinned);

    /**
     * This proposal (a {@link WorkbenchRow#proposalKey()}) is never made again to the subject (a rejection, before a
     * re-solve); the subject loses it if it has it.
     */
    void exclude(S problem, String id, String proposalKey);

    /** Every subject with its proposal, as {@link #restore} reads it back, and whether it is pinned. */
    Map<String, KeptProposal> proposals(S solution);

    /**
     * Gives a problem built afresh the proposals kept for its subjects (on another node, after a restart): each one
     * the current data still allow; the others are left without.
     */
    void restore(S problem, Map<String, KeptProposal> kept);

    /**
     * Accepts these proposals, checked again against the current data, in the caller's transaction: returns the ids
     * accepted and adds to {@code refused} a French line for each one that could not be.
     */
    List<String> accept(S best, Collection<String> ids, List<String> refused);

    /** Every subject with its proposal and why, subjects without a proposal last. */
    List<WorkbenchRow> explain(S solution, Map<String, WorkbenchRow.Decision> decisions);
}
