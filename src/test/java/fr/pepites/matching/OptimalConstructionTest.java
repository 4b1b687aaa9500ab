package fr.pepites.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.reference.Position;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The construction prices the pairs it left out of its graph and proves its flow optimal over all of them: on
 * generated instances where most people's first pairs do not hold their place in the optimum, its value is OR-Tools'
 * min-cost flow over every allowed pair.
 */
class OptimalConstructionTest {

    private final MatchingInstanceGenerator generator = new MatchingInstanceGenerator();
    private final Map<String, Position> positions = generator.positions();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void reachesTheOptimumOverEveryAllowedPairAndSaysSo(long seed) {
        MatchingProblem problem = generator.generate(4_000, 1_000, seed)
                .toProblem(code -> Optional.ofNullable(positions.get(code)));
        ExactMatcher.Result exact = ExactMatcher.solve(problem);

        OptimalConstruction.Result result = OptimalConstruction.solve(problem, Long.MAX_VALUE);
        Map<Proposal, MatchVacancy> vacancies = result.vacancies();
        MatchingSolver.assign(problem, vacancies.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> e.getKey().getId(), e -> e.getValue().id())));

        assertThat(result.complete()).isTrue();
        assertThat(OptimalConstruction.value(problem)).isEqualTo(exact.softScore());
        assertThat(problem.getProposals().stream().filter(p -> p.getSeat() != null)
                .allMatch(p -> p.getReachableSeats().contains(p.getSeat())))
                .as("a vacancy beyond a proposal's best ones is admitted to its range").isTrue();
    }
}
