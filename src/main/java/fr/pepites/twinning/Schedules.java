package fr.pepites.twinning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every distinct four days a request may have at each tiers-lieu that the rules of the pair allow (themes, distance,
 * exclusion, window, calendar), in order of the first day: what the construction phase, the benchmark's greedy
 * baseline and its CP-SAT model choose from. The seats and weekly limits, shared between requests, are theirs to keep.
 */
public final class Schedules {

    /** A request's four days at a tiers-lieu, from the first start that gives them. */
    public record Option(Host host, LocalDate start, List<LocalDate> days) {
    }

    private Schedules() {
    }

    public static List<Option> of(Placement p) {
        List<Option> options = new ArrayList<>();
        for (Host h : p.candidateHosts()) {
            Set<List<LocalDate>> seen = new LinkedHashSet<>();
            for (LocalDate start : p.startDates()) {
                p.daysAt(h, start).filter(days -> TwinningRules.insideWindow(p, days) && seen.add(days))
                        .ifPresent(days -> options.add(new Option(h, start, days)));
            }
        }
        return options;
    }
}
