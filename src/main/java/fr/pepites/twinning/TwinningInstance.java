package fr.pepites.twinning;

import fr.pepites.reference.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A twinning problem as a file holds it ({@code docs/twinning.md}): the tiers-lieux with their offers and the days
 * already held there, the requests waiting for a match. Weekdays are ISO numbers (1 = Monday).
 */
public record TwinningInstance(String format, LocalDate referenceDate, List<TiersLieu> tiersLieux,
        List<Request> requests) {

    public static final String FORMAT = "pepites-twinning-1";

    public record Period(LocalDate from, LocalDate to) {
    }

    public record TiersLieu(String id, String name, String commune, Set<String> themes, int seatsPerDay,
            int weeklyLimit, Set<Integer> openWeekdays, List<Period> closures, List<Host.Booking> booked) {
    }

    public record Request(String id, String siae, String commune, Set<String> themes, int participants,
            LocalDate earliestStart, LocalDate latestEnd, Rhythm rhythm, Set<Integer> unavailableWeekdays,
            int maxDistanceKm, Set<String> excluded, Set<String> known) {
    }

    /** The solver's plan; every commune must be known to {@code positions}. */
    public TwinningPlan toPlan(Function<String, Optional<Position>> positions) {
        List<Host> hosts = tiersLieux.stream().map(t -> Host.withBookings(t.id(), null,
                t.name() == null ? t.id() : t.name(), positions.apply(t.commune()).orElseThrow(), t.themes(), null,
                t.seatsPerDay(), t.weeklyLimit(), weekdays(t.openWeekdays()), t.closures() == null ? List.of()
                        : t.closures().stream().map(p -> new Closure(p.from(), p.to(), null)).toList(),
                t.booked() == null ? List.of() : t.booked())).toList();
        List<Placement> placements = requests.stream().map(r -> new Placement(r.id(), null, r.siae(), r.siae(),
                positions.apply(r.commune()).orElseThrow(), r.themes(), r.participants(), r.earliestStart(),
                r.latestEnd(), r.rhythm(), weekdays(r.unavailableWeekdays()), r.maxDistanceKm(),
                r.excluded() == null ? Set.of() : r.excluded(), r.known() == null ? Set.of() : r.known())).toList();
        return new TwinningPlan(hosts, placements);
    }

    private static Set<java.time.DayOfWeek> weekdays(Set<Integer> numbers) {
        return numbers == null ? Set.of() : numbers.stream().map(java.time.DayOfWeek::of).collect(Collectors.toSet());
    }
}
