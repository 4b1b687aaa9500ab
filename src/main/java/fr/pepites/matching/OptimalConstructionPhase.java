package fr.pepites.matching;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * The solver's first phase: puts the exact proposals of {@link OptimalConstruction} into the working solution, and
 * proves them optimal when the score agrees with the flow ({@link #proven}): the solve then ends at once
 * ({@link fr.pepites.workbench.OptimumProvenTermination}).
 */
public class OptimalConstructionPhase implements CustomPhaseCommand<MatchingProblem> {

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingProblem> scoreDirector) {
        MatchingProblem problem = scoreDirector.getWorkingSolution();
        problem.provenOptimum().forget();
        OptimalConstruction.Result construction = OptimalConstruction.solve(problem, problem.deadlineNanos());
        Map<Proposal, MatchVacancy> best = construction.vacancies();
        Set<Seat> taken = new HashSet<>();
        problem.getProposals().stream().filter(Proposal::isPinned).map(Proposal::getSeat)
                .filter(Objects::nonNull).forEach(taken::add);
        for (Proposal proposal : problem.getProposals()) {
            if (proposal.isPinned()) {
                continue;
            }
            MatchVacancy vacancy = best.get(proposal);
            Seat seat = vacancy == null ? null : freeSeat(proposal, vacancy, taken);
            scoreDirector.beforeVariableChanged(proposal, "seat");
            proposal.setSeat(seat);
            scoreDirector.afterVariableChanged(proposal, "seat");
            scoreDirector.triggerVariableListeners();
        }
        @SuppressWarnings("unchecked")
        HardSoftLongScore score = ((InnerScoreDirector<MatchingProblem, HardSoftLongScore>) scoreDirector)
                .calculateScore();
        if (construction.complete() && proven(problem, score)) {
            problem.provenOptimum().prove(score);
        }
    }

    /**
     * Whether the construction's proposals are the best possible. The flow is exact for a score made of the
     * constraints it models: the hard rules on a pair through the seats a proposal may take (one person per seat
     * through the seats' capacity), and the soft terms of {@link MatchingRules#matchValue} plus the spread across
     * SIAE; {@code MatchingSolverTest} checks that {@link MatchingConstraints} holds no other. So, when no hard rule is
     * broken (pinned proposals could break one, which nobody else's move repairs: nothing is claimed then) and the
     * constraint streams give the flow's own value for these proposals, no assignment scores better: every other
     * either breaks a hard rule, which the score ranks first, or is a flow of this network, costing no less.
     */
    static boolean proven(MatchingProblem problem, HardSoftLongScore score) {
        return score.isSolutionInitialized() && score.hardScore() == 0
                && score.softScore() == OptimalConstruction.value(problem);
    }

    /** A seat of the vacancy that nobody holds yet (pinned proposals keep whichever seat they have). */
    private static Seat freeSeat(Proposal proposal, MatchVacancy vacancy, Set<Seat> taken) {
        Seat seat = proposal.getReachableSeats().stream().filter(s -> s.vacancy() == vacancy && !taken.contains(s))
                .findFirst().orElseThrow();
        taken.add(seat);
        return seat;
    }
}
