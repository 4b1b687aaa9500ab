package fr.pepites.matching;

import fr.pepites.reference.Position;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import java.util.ArrayList;
import java.util.Arrays;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchingSolverTest {

    private static final MatchingInstanceGenerator GENERATOR = new MatchingInstanceGenerator();
    private static final Map<String, Position> POSITIONS = GENERATOR.positions();
    private final MatchingSolver solver = new MatchingSolver();

    private static MatchingProblem generated(int people, int jobs, long seed) {
        return GENERATOR.generate(people, jobs, seed).toProblem(code -> Optional.ofNullable(POSITIONS.get(code)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theConstructionReachesTheProvenOptimum(long seed) {
        MatchingProblem problem = generated(400, 120, seed);
        ExactMatcher.Result optimum = ExactMatcher.solve(problem);

        MatchingSolver.assign(problem, OptimalConstruction.solve(problem).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().getId(), e -> e.getValue().id())));

        assertThat(solver.score(problem).hardScore()).isZero();
        assertThat(solver.score(problem).softScore()).isEqualTo(optimum.softScore());
    }

    @Test
    void pinnedProposalsKeepTheirSeatsAndTheRestIsSolvedAroundThem() {
        MatchingProblem problem = generated(300, 90, 7);
        Proposal pinned = problem.getProposals().stream()
                .filter(p -> p.getReachableSeats().size() > 1).findFirst().orElseThrow();
        // A seat the unpinned optimum would not give this person: the last one they can reach.
        Seat forced = pinned.getReachableSeats().get(pinned.getReachableSeats().size() - 1);
        pinned.setSeat(forced);
        pinned.setPinned(true);

        MatchingProblem best = solver.solve(problem, Duration.ofSeconds(2), improved -> { });

        Proposal after = best.getProposals().stream().filter(p -> p.getId().equals(pinned.getId())).findFirst()
                .orElseThrow();
        assertThat(after.getSeat()).isEqualTo(forced);
        assertThat(best.getScore().hardScore()).isZero();
    }

    @Test
    void theConstructionGivesOthersTheSeatsAPinnedProposalDoesNotHold() {
        MatchVacancy twoSeats = MatchingFixtures.vacancy("V1", "S1").seats(2).build();
        MatchingProblem problem = MatchingProblem.of(List.of(MatchingFixtures.candidate("A").build(),
                MatchingFixtures.candidate("B").build(), MatchingFixtures.candidate("C").build()),
                List.of(twoSeats), new MatchingWeights());
        Proposal pinned = problem.getProposals().get(0);
        pinned.setSeat(new Seat(twoSeats, 2));
        pinned.setPinned(true);
        // The construction alone, without local search to mend what it would get wrong.
        SolverConfig constructionOnly = MatchingSolver.config(Duration.ofSeconds(5)).withPhases(new CustomPhaseConfig()
                .withCustomPhaseCommandClassList(List.of(OptimalConstructionPhase.class)));

        MatchingProblem built = SolverFactory.<MatchingProblem>create(constructionOnly).buildSolver().solve(problem);

        assertThat(built.getScore().hardScore()).isZero();
        assertThat(built.matchedCount()).isEqualTo(2);
        assertThat(built.getProposals().get(0).getSeat()).isEqualTo(new Seat(twoSeats, 2));
    }

    @Test
    void theSolverNeverDoesWorseThanGreedy() {
        MatchingProblem problem = generated(400, 120, 11);
        MatchingSolver.assign(problem, GreedyMatcher.match(problem));
        long greedy = solver.score(problem).softScore();
        MatchingSolver.assign(problem, Map.of());

        MatchingProblem best = solver.solve(problem, Duration.ofSeconds(2), improved -> { });

        assertThat(best.getScore().hardScore()).isZero();
        assertThat(best.getScore().softScore()).isGreaterThan(greedy);
    }

    @Test
    void eachConstraintsPartAddsUpToTheScore() {
        MatchingProblem best = solver.solve(generated(200, 60, 5), Duration.ofSeconds(1), improved -> { });
        long soft = solver.constraintScores(best).stream().mapToLong(MatchingFiles.ConstraintScore::soft).sum();
        assertThat(soft).isEqualTo(best.getScore().softScore());
        assertThat(solver.constraintScores(best)).extracting(MatchingFiles.ConstraintScore::name)
                .startsWith(MatchingWeights.SEAT_TAKEN_TWICE).endsWith(MatchingWeights.SPREAD);
    }

    @Test
    void aSolveWhoseConstructionIsProvenOptimalEndsThereWithoutLocalSearch() {
        MatchingProblem problem = generated(7, 5, 4);
        // No unimproved limit and a long one for time: only the proof can end this solve early.
        Solver<MatchingProblem> solver = SolverFactory.<MatchingProblem>create(
                MatchingSolver.config(Duration.ofSeconds(20))).buildSolver();
        List<String> phases = new ArrayList<>();
        ((DefaultSolver<MatchingProblem>) solver).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseStarted(AbstractPhaseScope<MatchingProblem> phaseScope) {
                phases.add(phaseScope instanceof LocalSearchPhaseScope ? "local search" : "construction");
            }
        });

        MatchingProblem best = solver.solve(problem);

        assertThat(best.matchedCount()).isPositive();
        assertThat(best.optimumProven()).isTrue();
        assertThat(phases).containsExactly("construction");
    }

    @Test
    void theTimeLimitBoundsTheExactConstructionAndAnUnfinishedOneIsNotClaimedOptimal() {
        MatchingProblem problem = generated(2_000, 500, 3);
        MatchingProblem best = solver.solve(problem, Duration.ofMillis(1), improved -> { });
        assertThat(best.optimumProven()).isFalse();
        assertThat(solver.score(best).hardScore()).isZero();

        OptimalConstruction.Result stopped = OptimalConstruction.solve(generated(2_000, 500, 3), System.nanoTime());
        assertThat(stopped.complete()).isFalse();
        assertThat(OptimalConstruction.solve(generated(200, 60, 3), Long.MAX_VALUE).complete()).isTrue();
    }

    @Test
    void aConstructionThatBreaksAHardRuleIsNotClaimedOptimal() {
        MatchVacancy job = MatchingFixtures.vacancy("V1", "S1").build();
        MatchingProblem problem = MatchingProblem.of(List.of(MatchingFixtures.candidate("A").build(),
                MatchingFixtures.candidate("B").build()), List.of(job), new MatchingWeights());
        // Two pinned proposals on the one seat: the construction cannot mend it, so it proves nothing.
        problem.getProposals().forEach(p -> {
            p.setSeat(new Seat(job, 1));
            p.setPinned(true);
        });

        MatchingProblem best = solver.solve(problem, Duration.ofMillis(300), improved -> { });

        assertThat(best.getScore().hardScore()).isNegative();
        assertThat(best.optimumProven()).isFalse();
    }

    /** The proof holds for the constraints the exact construction models, and for no others. */
    @Test
    void theScoreIsMadeOfTheConstraintsTheExactConstructionModels() {
        List<String> modelled = new ArrayList<>(MatchingWeights.hardConstraints());
        modelled.addAll(MatchingWeights.softConstraints());
        ConstraintFactory factory = org.mockito.Mockito.mock(ConstraintFactory.class,
                org.mockito.Mockito.RETURNS_DEEP_STUBS);
        assertThat(new MatchingConstraints().defineConstraints(factory)).hasSize(modelled.size());
    }
}
