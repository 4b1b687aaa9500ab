package fr.pepites.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import fr.pepites.workbench.OptimumProvenTermination;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The matching solver without the application around it: solves a problem for a time, scores and explains an
 * assignment. The workbench, the command line and the benchmark all go through it.
 */
public final class MatchingSolver {

    private final SolverFactory<MatchingProblem> factory;
    private final SolutionManager<MatchingProblem, HardSoftLongScore> solutions;

    public MatchingSolver() {
        this.factory = SolverFactory.create(config(Duration.ofSeconds(30)));
        this.solutions = SolutionManager.create(factory);
    }

    /** The solver's configuration, for a fixed time limit. */
    public static SolverConfig config(Duration limit) {
        return config(limit, null);
    }

    /**
     * The same, stopping earlier once the best score has not improved for {@code unimproved} (if not null), and at
     * once when the construction's proposals are proven optimal ({@link OptimumProvenTermination}).
     */
    public static SolverConfig config(Duration limit, Duration unimproved) {
        return new SolverConfig()
                .withSolutionClass(MatchingProblem.class)
                .withEntityClasses(Proposal.class)
                .withConstraintProviderClass(MatchingConstraints.class)
                .withPhases(new CustomPhaseConfig()
                                .withCustomPhaseCommandClassList(List.of(OptimalConstructionPhase.class)),
                        new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit)
                        .withUnimprovedSpentLimit(unimproved)
                        .withTerminationClass(OptimumProvenTermination.class));
    }

    /** Solves for at most this long (less when the solver proves it cannot do better), telling each new best. */
    public MatchingProblem solve(MatchingProblem problem, Duration limit, Consumer<MatchingProblem> onBest) {
        Solver<MatchingProblem> solver = SolverFactory.<MatchingProblem>create(config(limit)).buildSolver();
        problem.endSolveWithin(limit);
        solver.addEventListener(event -> onBest.accept(event.getNewBestSolution()));
        return solver.solve(problem);
    }

    /** Computes the problem's score for its current proposals (and stores it in the problem). */
    public HardSoftLongScore score(MatchingProblem problem) {
        return solutions.update(problem);
    }

    /** The score of the current proposals, constraint by constraint, in the order the coordinator reads them. */
    public List<MatchingFiles.ConstraintScore> constraintScores(MatchingProblem problem) {
        ScoreExplanation<MatchingProblem, HardSoftLongScore> explanation = solutions.explain(problem);
        Map<String, ConstraintMatchTotal<HardSoftLongScore>> totals = new HashMap<>();
        explanation.getConstraintMatchTotalMap().values().forEach(t -> totals.put(t.getConstraintName(), t));
        List<MatchingFiles.ConstraintScore> result = new ArrayList<>();
        List<String> names = new ArrayList<>(MatchingWeights.hardConstraints());
        names.addAll(MatchingWeights.softConstraints());
        for (String name : names) {
            ConstraintMatchTotal<HardSoftLongScore> total = totals.get(name);
            result.add(total == null ? new MatchingFiles.ConstraintScore(name, 0, 0, 0)
                    : new MatchingFiles.ConstraintScore(name, total.getScore().hardScore(),
                            total.getScore().softScore(), total.getConstraintMatchCount()));
        }
        return result;
    }

    /**
     * Puts the given assignment (person id → vacancy id, or null) into the problem. Seats are handed out in
     * order, and again from the first once a vacancy's seats are all taken, so that an over-filled vacancy shows
     * as seats taken twice.
     */
    public static void assign(MatchingProblem problem, Map<String, String> vacancyByCandidate) {
        Map<String, List<Seat>> seatsByVacancy = new HashMap<>();
        problem.getSeats().forEach(seat -> seatsByVacancy.computeIfAbsent(seat.vacancy().id(), k -> new ArrayList<>())
                .add(seat));
        seatsByVacancy.values().forEach(seats -> seats.sort(Comparator.comparingInt(Seat::number)));
        Map<String, Integer> used = new HashMap<>();
        for (Proposal proposal : problem.getProposals()) {
            String vacancyId = vacancyByCandidate.get(proposal.getId());
            if (vacancyId == null) {
                proposal.setSeat(null);
                continue;
            }
            List<Seat> seats = seatsByVacancy.get(vacancyId);
            int n = used.merge(vacancyId, 1, Integer::sum);
            proposal.setSeat(seats.get((n - 1) % seats.size()));
        }
    }

    /** The problem's proposals as an assignment, in the order of its people. */
    public static List<MatchingFiles.Assignment> assignments(MatchingProblem problem) {
        return problem.getProposals().stream()
                .map(p -> new MatchingFiles.Assignment(p.getId(), p.getVacancy() == null ? null : p.getVacancy().id()))
                .toList();
    }

    /** What {@code solve} writes: the score, per constraint, and the assignment. */
    public MatchingFiles.AssignmentFile report(MatchingProblem problem) {
        HardSoftLongScore score = score(problem);
        return new MatchingFiles.AssignmentFile(score.toString(), score.hardScore(), score.softScore(),
                problem.matchedCount(), constraintScores(problem), assignments(problem));
    }
}
