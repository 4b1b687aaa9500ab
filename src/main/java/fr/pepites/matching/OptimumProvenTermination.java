package fr.pepites.matching;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.scope.SolverScope;
import org.optaplanner.core.impl.solver.termination.AbstractTermination;
import org.optaplanner.core.impl.solver.termination.Termination;
import org.optaplanner.core.impl.solver.thread.ChildThreadType;

/**
 * Ends the solve as soon as its best score reaches the optimum the exact construction proved
 * ({@link OptimalConstructionPhase}): local search could only confirm it, and used to wait for the unimproved
 * limit to do so. Combined (or) with the time limits of {@link MatchingSolver#config}.
 */
public class OptimumProvenTermination extends AbstractTermination<MatchingProblem> {

    @Override
    public boolean isSolverTerminated(SolverScope<MatchingProblem> solverScope) {
        return solverScope.getBestSolution() != null
                && solverScope.getBestSolution().reachesOptimum((HardSoftLongScore) solverScope.getBestScore());
    }

    @Override
    public boolean isPhaseTerminated(AbstractPhaseScope<MatchingProblem> phaseScope) {
        return isSolverTerminated(phaseScope.getSolverScope());
    }

    @Override
    public double calculateSolverTimeGradient(SolverScope<MatchingProblem> solverScope) {
        return isSolverTerminated(solverScope) ? 1.0 : 0.0;
    }

    @Override
    public double calculatePhaseTimeGradient(AbstractPhaseScope<MatchingProblem> phaseScope) {
        return calculateSolverTimeGradient(phaseScope.getSolverScope());
    }

    @Override
    public Termination<MatchingProblem> createChildThreadTermination(SolverScope<MatchingProblem> solverScope,
            ChildThreadType childThreadType) {
        return this;
    }
}
