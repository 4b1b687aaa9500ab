package fr.pepites.twinning;

import fr.pepites.reference.Position;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Tiers-lieux and requests for the solver's tests, around Bordeaux in May 2027 (Thursday 6 is Ascension Day). */
final class SolverFixtures {

    static final Position BORDEAUX = new Position("33063", 44.8378, -0.5792, false);
    static final Position LIBOURNE = new Position("33243", 44.9153, -0.2439, false);
    static final Position PAU = new Position("64445", 43.2951, -0.3708, false);
    /** Monday 3 May 2027. */
    static final LocalDate MONDAY = LocalDate.of(2027, 5, 3);
    static final LocalDate ASCENSION = LocalDate.of(2027, 5, 6);
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private SolverFixtures() {
    }

    static HostBuilder host(String id) {
        return new HostBuilder(id);
    }

    static RequestBuilder request(String id) {
        return new RequestBuilder(id);
    }

    static final class HostBuilder {
        private final String id;
        private Position position = BORDEAUX;
        private Set<String> themes = Set.of("REEMPLOI", "MENUISERIE");
        private int seats = 8;
        private int weeklyLimit = 5;
        private Set<DayOfWeek> open = WEEKDAYS;
        private final List<Closure> closures = new ArrayList<>();
        private final List<Host.Booking> bookings = new ArrayList<>();

        private HostBuilder(String id) {
            this.id = id;
        }

        HostBuilder at(Position p) {
            this.position = p;
            return this;
        }

        HostBuilder themes(String... codes) {
            this.themes = Set.of(codes);
            return this;
        }

        HostBuilder seats(int n) {
            this.seats = n;
            return this;
        }

        HostBuilder weeklyLimit(int n) {
            this.weeklyLimit = n;
            return this;
        }

        HostBuilder open(DayOfWeek... days) {
            this.open = days.length == 0 ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.of(days[0], days);
            return this;
        }

        HostBuilder closed(LocalDate from, LocalDate to) {
            closures.add(new Closure(from, to, "Fermeture"));
            return this;
        }

        HostBuilder booked(LocalDate day, int participants) {
            bookings.add(new Host.Booking(day, participants));
            return this;
        }

        Host build() {
            return Host.withBookings(id, null, "Tiers-lieu " + id, position, themes, "Scie, ponceuse", seats,
                    weeklyLimit, open, closures, bookings);
        }
    }

    static final class RequestBuilder {
        private final String id;
        private String siae = "S1";
        private Position position = BORDEAUX;
        private Set<String> themes = Set.of("REEMPLOI");
        private int participants = 3;
        private LocalDate earliest = MONDAY;
        private LocalDate latest = MONDAY.plusWeeks(8);
        private Rhythm rhythm = Rhythm.CONSECUTIVE_DAYS;
        private Set<DayOfWeek> unavailable = Set.of();
        private int maxKm = 60;
        private Set<String> excluded = Set.of();
        private Set<String> known = Set.of();

        private RequestBuilder(String id) {
            this.id = id;
        }

        RequestBuilder siae(String s) {
            this.siae = s;
            return this;
        }

        RequestBuilder at(Position p) {
            this.position = p;
            return this;
        }

        RequestBuilder themes(String... codes) {
            this.themes = Set.of(codes);
            return this;
        }

        RequestBuilder participants(int n) {
            this.participants = n;
            return this;
        }

        RequestBuilder window(LocalDate from, LocalDate to) {
            this.earliest = from;
            this.latest = to;
            return this;
        }

        RequestBuilder weekly() {
            this.rhythm = Rhythm.WEEKLY;
            return this;
        }

        RequestBuilder unavailable(DayOfWeek... days) {
            this.unavailable = Set.of(days);
            return this;
        }

        RequestBuilder maxKm(int km) {
            this.maxKm = km;
            return this;
        }

        RequestBuilder excluded(String... hosts) {
            this.excluded = Set.of(hosts);
            return this;
        }

        RequestBuilder known(String... hosts) {
            this.known = Set.of(hosts);
            return this;
        }

        Placement build() {
            Placement p = new Placement(id, null, siae, "SIAE " + siae, position, themes, participants, earliest, latest,
                    rhythm, unavailable, maxKm, excluded, known);
            p.attach(List.of());
            return p;
        }

        /** Placed at this host from this start. */
        Placement at(Host host, LocalDate start) {
            Placement p = build();
            p.setHost(host);
            p.setStart(start);
            return p;
        }
    }
}
