package fr.pepites.matching;

import fr.pepites.benchmark.BenchmarkReport;
import fr.pepites.reference.Position;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Matching benchmark, run by {@code mvn -Pbenchmark verify -Dtest=MatchingBenchmark} (not part of the test
 * suite): on seeded Nouvelle-Aquitaine instances of three sizes, the planner at a fixed time limit, the greedy
 * baseline and the exact optimum from OR-Tools, all scored by the planner's own score. Prints figures and writes
 * them to {@code target/benchmark/matching-benchmark.txt}; asserts nothing about time.
 * Sizes: {@code -Dbenchmark.matching.sizes=S,M,L}; seed {@code -Dbenchmark.matching.seed=2026}.
 */
@Tag("benchmark")
class MatchingBenchmark {

    private record Size(String name, int people, int jobs, int seconds) {
    }

    private static final List<Size> SIZES = List.of(new Size("S", 200, 60, 5), new Size("M", 2_000, 500, 30),
            new Size("L", 10_000, 2_500, 120), new Size("XL", 30_000, 7_500, 60), new Size("N", 100_000, 25_000, 60));

    @Test
    void run() throws IOException {
        List<String> wanted = List.of(System.getProperty("benchmark.matching.sizes", "S,M,L").split(","));
        long seed = Long.getLong("benchmark.matching.seed", 2026);
        MatchingInstanceGenerator generator = new MatchingInstanceGenerator();
        Map<String, Position> positions = generator.positions();
        MatchingSolver solver = new MatchingSolver();
        List<String> report = new ArrayList<>();
        report.add(BenchmarkReport.machine("; seed " + seed));
        for (Size size : SIZES) {
            if (!wanted.contains(size.name())) {
                continue;
            }
            MatchingInstance instance = generator.generate(size.people(), size.jobs(), seed);
            long buildStart = System.nanoTime();
            MatchingProblem problem = instance.toProblem(code -> Optional.ofNullable(positions.get(code)));
            long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
            long pairs = problem.allowedPairs();
            report.add(String.format("%s: %d people, %d vacancies, %d seats, %d allowed person-vacancy pairs, problem"
                    + " built in %d ms; heap used %d MB of %d MB", size.name(), size.people(), size.jobs(),
                    problem.getSeats().size(), pairs, buildMillis, usedMegabytes(),
                    Runtime.getRuntime().maxMemory() >> 20));

            HardSoftLongScore optimum = null;
            if (Boolean.parseBoolean(System.getProperty("benchmark.matching.exact", "true"))) {
                ExactMatcher.Result exact = ExactMatcher.solve(problem);
                MatchingSolver.assign(problem, exact.assignment());
                optimum = solver.score(problem);
                report.add(String.format("  OR-Tools optimum (min-cost flow): %s, %d matched, %d ms (flow objective %d%s)",
                        optimum, problem.matchedCount(), exact.millis(), exact.softScore(),
                        exact.softScore() == optimum.softScore() ? ", equal to the planner's score of it"
                                : ", DIFFERS"));
            }

            long greedyStart = System.nanoTime();
            Map<String, String> greedy = GreedyMatcher.match(problem);
            long greedyMillis = (System.nanoTime() - greedyStart) / 1_000_000;
            MatchingSolver.assign(problem, greedy);
            report.add(line("Greedy (first come, nearest seat)", solver.score(problem), problem.matchedCount(),
                    optimum, greedyMillis));

            MatchingSolver.assign(problem, Map.of());
            long start = System.nanoTime();
            long[] lastBestMillis = {0};
            MatchingProblem best = solver.solve(problem, Duration.ofSeconds(size.seconds()), improved ->
                    lastBestMillis[0] = (System.nanoTime() - start) / 1_000_000);
            long millis = (System.nanoTime() - start) / 1_000_000;
            report.add(line("Planner (" + size.seconds() + " s limit)", solver.score(best), best.matchedCount(),
                    optimum, millis) + String.format(" (best found after %d ms%s; heap used %d MB)", lastBestMillis[0],
                    best.optimumProven() ? ", optimum proven" : ", not proven", usedMegabytes()));
        }
        BenchmarkReport.publish("Matching benchmark", "matching-benchmark.txt", report);
    }

    private static long usedMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private static String line(String who, HardSoftLongScore score, long matched, HardSoftLongScore optimum,
            long millis) {
        String gap = optimum == null ? "no optimum computed" : String.format("gap to optimum %.3f %%",
                100.0 * (optimum.softScore() - score.softScore()) / Math.abs(optimum.softScore()));
        return String.format("  %s: %s, %d hard violations, %d matched, %s, %d ms", who, score, -score.hardScore(),
                matched, gap, millis);
    }
}
