package fr.pepites.twinning;

import java.util.HashMap;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * The twinning solver's second phase: the best fit of {@link TwinningConstructionPhase} handed to CP-SAT
 * ({@link TwinningExactModel}) as its starting point, for a share of the solve's time. Local search alone left
 * placeable requests out and stayed a few percent from the optimum on tight instances (holidays, closures, last
 * seats, weekly limits): moving one request to make room for another takes chains of moves it rarely finds, which is
 * what an exact model is for. CP-SAT's placement replaces the best fit only if the planner's own score finds it no
 * worse; when CP-SAT proves it optimal and the constraint streams give its objective exactly, the optimum is proven
 * ({@link TwinningPlan#provenOptimum}) and the solve ends at once. Otherwise local search goes on from it.
 */
public class TwinningExactPhase implements CustomPhaseCommand<TwinningPlan> {

    /** CP-SAT's threads: the machine's two cores, for the few seconds a solve lasts. */
    private static final int WORKERS = 2;

    private final double seconds;

    public TwinningExactPhase(double seconds) {
        this.seconds = seconds;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<TwinningPlan> scoreDirector) {
        TwinningPlan plan = scoreDirector.getWorkingSolution();
        plan.provenOptimum().forget();
        @SuppressWarnings("unchecked")
        InnerScoreDirector<TwinningPlan, HardMediumSoftLongScore> inner =
                (InnerScoreDirector<TwinningPlan, HardMediumSoftLongScore>) scoreDirector;
        HardMediumSoftLongScore before = inner.calculateScore();
        Map<Placement, Schedules.Option> bestFit = new HashMap<>();
        for (Placement p : plan.getPlacements()) {
            if (!p.isPinned() && p.getHost() != null) {
                p.days().ifPresent(days -> bestFit.put(p, new Schedules.Option(p.getHost(), p.getStart(), days)));
            }
        }
        TwinningExactModel.Result exact = TwinningExactModel.solve(plan, seconds, WORKERS, bestFit);
        if (!exact.found()) {
            return;
        }
        Map<Placement, Schedules.Option> previous = new HashMap<>(bestFit);
        apply(scoreDirector, plan, exact.placement());
        HardMediumSoftLongScore after = inner.calculateScore();
        if (after.compareTo(before) < 0) {
            apply(scoreDirector, plan, previous);
            inner.calculateScore();
            return;
        }
        if (exact.optimal() && proven(plan, after, exact)) {
            plan.provenOptimum().prove(after);
        }
    }

    /**
     * Whether CP-SAT's optimum is the planner's: no hard rule broken (pinned requests could break one, which nothing
     * repairs: nothing is claimed then), and the medium and soft levels are what its objective counts, the pinned
     * requests added.
     */
    static boolean proven(TwinningPlan plan, HardMediumSoftLongScore score, TwinningExactModel.Result exact) {
        long pinnedCost = 0;
        long pinnedUnplaced = 0;
        for (Placement p : plan.getPlacements()) {
            if (p.isPinned()) {
                if (p.getHost() == null || p.days().isEmpty()) {
                    pinnedUnplaced++;
                } else {
                    pinnedCost += TwinningConstructionPhase.cost(p,
                            new Schedules.Option(p.getHost(), p.getStart(), p.days().get()));
                }
            }
        }
        return score.isSolutionInitialized() && score.hardScore() == 0
                && score.mediumScore() == -(exact.unplaced() + pinnedUnplaced)
                && score.softScore() == -(exact.softCost() + pinnedCost);
    }

    private static void apply(ScoreDirector<TwinningPlan> scoreDirector, TwinningPlan plan,
            Map<Placement, Schedules.Option> placement) {
        for (Placement p : plan.getPlacements()) {
            if (p.isPinned()) {
                continue;
            }
            TwinningConstructionPhase.place(scoreDirector, p, placement.get(p));
        }
    }
}
