package fr.pepites.workbench;

import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.scope.SolverScope;
import org.optaplanner.core.impl.solver.termination.AbstractTermination;
import org.optaplanner.core.impl.solver.termination.Termination;
import org.optaplanner.core.impl.solver.thread.ChildThreadType;

/**
 * Ends the solve as soon as its best score reaches the optimum an exact phase proved ({@link ProvenOptimum}): local
 * search could only confirm it, and used to wait for the unimproved limit to do so. Combined (or) with the time
 * limits of each solver's configuration.
 */
public class OptimumProvenTermination<S extends ProvenOptimum.Holder> extends AbstractTermination<S> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean isSolverTerminated(SolverScope<S> solverScope) {
        S best = solverScope.getBestSolution();
        return best != null && ((ProvenOptimum) best.provenOptimum()).reachedBy((Score) solverScope.getBestScore());
    }

    @Override
    public boolean isPhaseTerminated(AbstractPhaseScope<S> phaseScope) {
        return isSolverTerminated(phaseScope.getSolverScope());
    }

    @Override
    public double calculateSolverTimeGradient(SolverScope<S> solverScope) {
        return isSolverTerminated(solverScope) ? 1.0 : 0.0;
    }

    @Override
    public double calculatePhaseTimeGradient(AbstractPhaseScope<S> phaseScope) {
        return calculateSolverTimeGradient(phaseScope.getSolverScope());
    }

    @Override
    public Termination<S> createChildThreadTermination(SolverScope<S> solverScope, ChildThreadType childThreadType) {
        return this;
    }
}
