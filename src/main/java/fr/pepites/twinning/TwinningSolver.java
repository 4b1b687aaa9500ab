package fr.pepites.twinning;

import fr.pepites.workbench.OptimumProvenTermination;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The twinning solver without the application around it (solver 2 of DESIGN.md): solves a plan for a time, scores
 * and explains one. The workbench, the command line and the benchmark all go through it.
 */
public final class TwinningSolver {

    private final SolutionManager<TwinningPlan, HardMediumSoftLongScore> solutions;

    public TwinningSolver() {
        this.solutions = SolutionManager.create(SolverFactory.create(config(Duration.ofSeconds(30), null)));
    }

    /** The share of the time limit CP-SAT may take ({@link TwinningExactPhase}); local search has the rest. */
    static final double EXACT_SHARE = 0.8;

    /**
     * Its own configuration: best-fit construction, CP-SAT from it, then local search, stopping at the limit, once it
     * has not improved, or at once when CP-SAT proved its placement optimal.
     */
    public static SolverConfig config(Duration limit, Duration unimproved) {
        return new SolverConfig()
                .withSolutionClass(TwinningPlan.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(TwinningConstraints.class)
                .withPhases(new CustomPhaseConfig()
                                .withCustomPhaseCommandClassList(List.of(TwinningConstructionPhase.class)),
                        new CustomPhaseConfig().withCustomPhaseCommands(
                                new TwinningExactPhase(Math.max(1.0, limit.toMillis() * EXACT_SHARE / 1000.0))),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(
                                change("host"),
                                change("start"),
                                new CartesianProductMoveSelectorConfig(List.of(
                                        change("host"),
                                        change("start"))),
                                new SwapMoveSelectorConfig())))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(100))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit)
                        .withUnimprovedSpentLimit(unimproved)
                        .withTerminationClass(OptimumProvenTermination.class));
    }

    private static ChangeMoveSelectorConfig change(String variable) {
        return new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig(variable));
    }

    /** Solves for at most this long (less once unimproved that long, if given), telling each new best. */
    public TwinningPlan solve(TwinningPlan plan, Duration limit, Duration unimproved, Consumer<TwinningPlan> onBest) {
        Solver<TwinningPlan> solver = SolverFactory.<TwinningPlan>create(config(limit, unimproved)).buildSolver();
        solver.addEventListener(event -> onBest.accept(event.getNewBestSolution()));
        return solver.solve(plan);
    }

    /** Computes the plan's score for its current placements (and stores it in the plan). */
    public HardMediumSoftLongScore score(TwinningPlan plan) {
        return solutions.update(plan);
    }

    /** A constraint's part in a score. */
    public record ConstraintScore(String constraint, long hard, long medium, long soft, int matches) {
    }

    /** The score of the current placements, constraint by constraint, in the order the coordinator reads them. */
    public List<ConstraintScore> constraintScores(TwinningPlan plan) {
        ScoreExplanation<TwinningPlan, HardMediumSoftLongScore> explanation = solutions.explain(plan);
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = new HashMap<>();
        explanation.getConstraintMatchTotalMap().values().forEach(t -> totals.put(t.getConstraintName(), t));
        List<String> names = new ArrayList<>(TwinningWeights.hardConstraints());
        names.add(TwinningWeights.UNPLACED);
        names.addAll(TwinningWeights.softConstraints());
        List<ConstraintScore> result = new ArrayList<>();
        for (String name : names) {
            ConstraintMatchTotal<HardMediumSoftLongScore> t = totals.get(name);
            result.add(t == null ? new ConstraintScore(name, 0, 0, 0, 0) : new ConstraintScore(name,
                    t.getScore().hardScore(), t.getScore().mediumScore(), t.getScore().softScore(),
                    t.getConstraintMatchCount()));
        }
        return result;
    }

    public ScoreExplanation<TwinningPlan, HardMediumSoftLongScore> explain(TwinningPlan plan) {
        return solutions.explain(plan);
    }
}
