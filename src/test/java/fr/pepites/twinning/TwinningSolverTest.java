package fr.pepites.twinning;

import static fr.pepites.twinning.SolverFixtures.BORDEAUX;
import static fr.pepites.twinning.SolverFixtures.LIBOURNE;
import static fr.pepites.twinning.SolverFixtures.MONDAY;
import static fr.pepites.twinning.SolverFixtures.host;
import static fr.pepites.twinning.SolverFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The whole solver on a small tight instance: Ascension (Thursday 6 May 2027) and Whit Monday (17 May) in the window,
 * a two-week closure, a booking that leaves the last seats, weekly limits that bind. CP-SAT proves the optimum, the
 * solve ends there, long before its limit.
 */
class TwinningSolverTest {

    private final TwinningSolver solver = new TwinningSolver();

    private TwinningPlan tightPlan() {
        LocalDate end = MONDAY.plusWeeks(4).minusDays(1);
        Host bordeaux = host("T-A").seats(4).weeklyLimit(4).closed(MONDAY.plusWeeks(1), MONDAY.plusWeeks(3).minusDays(1))
                .booked(MONDAY.plusWeeks(3), 2).build();
        Host libourne = host("T-B").at(LIBOURNE).seats(5).weeklyLimit(3).themes("REEMPLOI").build();
        List<Placement> requests = List.of(
                request("R1").participants(3).maxKm(15).window(MONDAY, end).build(),
                request("R2").participants(2).window(MONDAY, end).build(),
                request("R3").participants(2).weekly().unavailable(DayOfWeek.FRIDAY).window(MONDAY, end).build(),
                request("R4").siae("S2").participants(4).at(LIBOURNE).maxKm(10).window(MONDAY, end).build(),
                request("R5").siae("S3").participants(2).window(MONDAY, end).known("T-B").build(),
                request("R6").siae("S4").participants(4).at(BORDEAUX).maxKm(15).window(MONDAY, end).build());
        return new TwinningPlan(List.of(bordeaux, libourne), requests);
    }

    @Test
    void provesTheOptimumOfASmallTightInstanceAndStopsThere() {
        TwinningPlan best = solver.solve(tightPlan(), Duration.ofSeconds(10), null, improved -> { });

        HardMediumSoftLongScore score = solver.score(best);
        assertThat(score.hardScore()).isZero();
        assertThat(best.optimumProven()).isTrue();
        // R1 and R6 both need the Bordeaux tiers-lieu, open only in the first week (the fourth holds a booking that
        // takes its weekly room); one more finds no room left at Libourne.
        assertThat(score.mediumScore()).isEqualTo(-2);
        assertThat(best.placedCount()).isEqualTo(4);
    }

    @Test
    void aPinnedRequestKeepsItsDaysAndTheOthersAreSolvedAroundThem() {
        TwinningPlan plan = tightPlan();
        Placement pinned = plan.placement("R2");
        pinned.setHost(plan.getHosts().get(0));
        pinned.setStart(MONDAY);
        pinned.setPinned(true);

        TwinningPlan best = solver.solve(plan, Duration.ofSeconds(10), null, improved -> { });

        assertThat(best.placement("R2").getHost().id()).isEqualTo("T-A");
        assertThat(best.placement("R2").getStart()).isEqualTo(MONDAY);
        assertThat(solver.score(best).hardScore()).isZero();
        assertThat(best.optimumProven()).isTrue();
    }
}
