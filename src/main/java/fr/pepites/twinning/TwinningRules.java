package fr.pepites.twinning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The rules on one request at one tiers-lieu, shared by the constraints, the explanation and the greedy baseline. */
public final class TwinningRules {

    private TwinningRules() {
    }

    public static int missingThemes(Placement p, Host h) {
        return (int) p.getThemes().stream().filter(t -> !h.themes().contains(t)).count();
    }

    public static int distanceKm(Placement p, Host h) {
        return p.getPosition().kilometresTo(h.position());
    }

    public static int kilometresTooFar(Placement p, Host h) {
        return Math.max(0, distanceKm(p, h) - p.getMaxDistanceKm());
    }

    /** Whether these days are all inside the request's window. */
    public static boolean insideWindow(Placement p, List<LocalDate> days) {
        return !days.get(0).isBefore(p.getEarliestStart()) && !days.get(days.size() - 1).isAfter(p.getLatestEnd());
    }

    /** Days from the earliest start to the first day: what "earlier dates" costs. */
    public static long daysAfterEarliest(Placement p, List<LocalDate> days) {
        return Math.max(0, ChronoUnit.DAYS.between(p.getEarliestStart(), days.get(0)));
    }
}
