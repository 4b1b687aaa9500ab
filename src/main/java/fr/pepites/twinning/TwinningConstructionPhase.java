package fr.pepites.twinning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The twinning solver's first phase, best fit: the requests with the fewest possible four days first, each at the
 * possible four days that still have the seats and the weekly room and cost the least (travel, later dates, the
 * balance's next step, minus the bonus of a tiers-lieu new to the SIAE); pinned requests keep theirs. Local search
 * improves on it.
 */
public class TwinningConstructionPhase implements CustomPhaseCommand<TwinningPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<TwinningPlan> scoreDirector) {
        TwinningPlan plan = scoreDirector.getWorkingSolution();
        Load load = new Load();
        plan.getPlacements().stream().filter(Placement::isPinned).forEach(p -> p.days()
                .ifPresent(days -> load.take(p.getHost(), days, p.getParticipants())));
        Map<Placement, List<Schedules.Option>> options = new HashMap<>();
        List<Placement> open = new ArrayList<>();
        for (Placement p : plan.getPlacements()) {
            if (!p.isPinned()) {
                options.put(p, Schedules.of(p));
                open.add(p);
            }
        }
        open.sort(Comparator.comparingInt((Placement p) -> options.get(p).size()).thenComparing(Placement::getId));
        for (Placement p : open) {
            Schedules.Option best = null;
            long bestCost = Long.MAX_VALUE;
            for (Schedules.Option o : options.get(p)) {
                if (load.fits(o, p.getParticipants())) {
                    long cost = cost(p, o) + TwinningWeights.BALANCE_PER_TWINNING * (2L * load.twinnings(o.host()) + 1);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = o;
                    }
                }
            }
            place(scoreDirector, p, best);
            if (best != null) {
                load.take(best.host(), best.days(), p.getParticipants());
            }
        }
    }

    /** Puts the request at these four days (none: unplaced), telling the score director. */
    static void place(ScoreDirector<TwinningPlan> scoreDirector, Placement p, Schedules.Option o) {
        scoreDirector.beforeVariableChanged(p, "host");
        p.setHost(o == null ? null : o.host());
        scoreDirector.afterVariableChanged(p, "host");
        if (o != null) {
            scoreDirector.beforeVariableChanged(p, "start");
            p.setStart(o.start());
            scoreDirector.afterVariableChanged(p, "start");
        }
        scoreDirector.triggerVariableListeners();
    }

    /** What the request at these four days costs the soft score, its share of the balance aside. */
    static long cost(Placement p, Schedules.Option o) {
        return TwinningWeights.TRAVEL_PER_KM_AND_PARTICIPANT * TwinningRules.distanceKm(p, o.host()) * p.getParticipants()
                + TwinningWeights.LATER_PER_DAY * TwinningRules.daysAfterEarliest(p, o.days())
                - (p.getKnownHosts().contains(o.host().id()) ? 0 : TwinningWeights.NEW_HOST_BONUS);
    }

    /** Seats and days taken so far at each tiers-lieu, over what it held already. */
    static final class Load {
        private final Map<String, Integer> seats = new HashMap<>();
        private final Map<String, Integer> weeks = new HashMap<>();
        private final Map<Host, Integer> twinnings = new HashMap<>();

        boolean fits(Schedules.Option o, int participants) {
            Map<LocalDate, Integer> perWeek = new HashMap<>();
            for (LocalDate d : o.days()) {
                if (seats.getOrDefault(o.host().id() + d, 0) + participants > o.host().seatsLeft(d)) {
                    return false;
                }
                perWeek.merge(Host.weekOf(d), 1, Integer::sum);
            }
            return perWeek.entrySet().stream().allMatch(e -> weeks.getOrDefault(o.host().id() + e.getKey(), 0)
                    + e.getValue() <= o.host().daysLeftInWeekOf(e.getKey()));
        }

        void take(Host host, List<LocalDate> days, int participants) {
            for (LocalDate d : days) {
                seats.merge(host.id() + d, participants, Integer::sum);
                weeks.merge(host.id() + Host.weekOf(d), 1, Integer::sum);
            }
            twinnings.merge(host, 1, Integer::sum);
        }

        int twinnings(Host host) {
            return twinnings.getOrDefault(host, 0);
        }
    }
}
