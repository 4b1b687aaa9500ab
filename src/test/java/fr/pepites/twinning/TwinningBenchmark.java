package fr.pepites.twinning;

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
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Solver 2's benchmark ({@code mvn -Pbenchmark verify -Dtest=TwinningBenchmark}): seeded Nouvelle-Aquitaine
 * instances of three sizes; on each, the greedy baseline (first come, nearest tiers-lieu, earliest days that fit),
 * OR-Tools CP-SAT on the same model (its optimum or best bound within its limit) and the planner within its limit,
 * each placement re-scored by the planner's own score. Prints the figures and writes them to
 * {@code target/benchmark/twinning-benchmark.txt}; asserts nothing about time.
 * Sizes: {@code -Dbenchmark.twinning.sizes=S,M,L}; seed {@code -Dbenchmark.twinning.seed=2026}.
 */
@Tag("benchmark")
class TwinningBenchmark {

    private record Size(String name, int requests, int tiersLieux, int weeks, int plannerSeconds, int cpSatSeconds) {
    }

    private static final List<Size> SIZES = List.of(new Size("S", 20, 8, 8, 10, 120),
            new Size("M", 60, 15, 12, 30, 60), new Size("L", 200, 40, 26, 60, 120));

    @Test
    void run() throws IOException {
        List<String> wanted = List.of(System.getProperty("benchmark.twinning.sizes", "S,M,L").split(","));
        long seed = Long.getLong("benchmark.twinning.seed", 2026);
        TwinningInstanceGenerator generator = new TwinningInstanceGenerator();
        Map<String, Position> positions = generator.positions();
        TwinningSolver solver = new TwinningSolver();
        List<String> report = new ArrayList<>();
        report.add(BenchmarkReport.machine("; seed " + seed));
        for (Size size : SIZES) {
            if (!wanted.contains(size.name())) {
                continue;
            }
            TwinningInstance instance = generator.generate(size.requests(), size.tiersLieux(), size.weeks(), seed);
            TwinningPlan plan = instance.toPlan(code -> Optional.ofNullable(positions.get(code)));
            long options = plan.getPlacements().stream().mapToLong(p -> Schedules.of(p).size()).sum();
            long placeable = plan.getPlacements().stream().filter(p -> !Schedules.of(p).isEmpty()).count();
            report.add(String.format("%s: %d requests × %d tiers-lieux × %d weeks; %d possible (request, tiers-lieu,"
                    + " four days); %d requests with at least one", size.name(), size.requests(), size.tiersLieux(),
                    size.weeks(), options, placeable));

            long greedyStart = System.nanoTime();
            GreedyTwinner.place(plan);
            long greedyMillis = (System.nanoTime() - greedyStart) / 1_000_000;
            HardMediumSoftLongScore greedy = solver.score(plan);
            report.add(String.format("  Greedy: %s, %d placed, %d ms", greedy, plan.placedCount(), greedyMillis));

            TwinningExactModel.Result exact = TwinningExactModel.solve(plan, size.cpSatSeconds(), 2, Map.of());
            plan.getPlacements().forEach(p -> {
                Schedules.Option o = exact.placement().get(p);
                p.setHost(o == null ? null : o.host());
                if (o != null) {
                    p.setStart(o.start());
                }
            });
            HardMediumSoftLongScore cpSat = solver.score(plan);
            long boundSoft = -(exact.bound() - exact.big() * -cpSat.mediumScore());
            report.add(String.format("  CP-SAT (%d s limit, 2 workers): %s %s, %d placed, %d ms; best bound %d "
                    + "(soft ≤ %d with as many placed)", size.cpSatSeconds(), exact.status(), cpSat,
                    plan.placedCount(), exact.millis(), exact.bound(), boundSoft));

            plan.getPlacements().forEach(p -> {
                p.setHost(null);
                p.setStart(p.getEarliestStart());
            });
            long start = System.nanoTime();
            long[] lastBest = {0};
            TwinningPlan best = solver.solve(plan, Duration.ofSeconds(size.plannerSeconds()), null, improved ->
                    lastBest[0] = (System.nanoTime() - start) / 1_000_000);
            long millis = (System.nanoTime() - start) / 1_000_000;
            HardMediumSoftLongScore planner = solver.score(best);
            String gap = planner.mediumScore() == cpSat.mediumScore() && cpSat.softScore() != 0
                    ? String.format("%.2f %% from CP-SAT's, %.2f %% from its bound",
                    100.0 * (cpSat.softScore() - planner.softScore()) / Math.abs(cpSat.softScore()),
                    100.0 * (boundSoft - planner.softScore()) / Math.abs(boundSoft))
                    : "placed count differs from CP-SAT's";
            report.add(String.format("  Planner (%d s limit): %s, %d placed, %d ms (best found after %d ms%s); soft %s;"
                    + " vs greedy: %s", size.plannerSeconds(), planner, best.placedCount(), millis, lastBest[0],
                    best.optimumProven() ? ", optimum proven" : "", gap,
                    planner.compareTo(greedy) > 0 ? "better" : planner.compareTo(greedy) == 0 ? "equal" : "WORSE"));
        }
        BenchmarkReport.publish("Twinning benchmark", "twinning-benchmark.txt", report);
    }
}
