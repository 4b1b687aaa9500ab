package fr.pepites.twinning;

import fr.pepites.reference.Position;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tiers-lieu as the twinning solver sees it (a problem fact): its offer, where it is, and the seats and days that
 * twinnings already accepted hold there (fixed, the solver does not move them).
 *
 * @param id "T-" and the organisation's id, or the id of an instance file
 * @param bookedSeats participants already expected per day
 * @param bookedDays twinning days already hosted per week (by the Monday of the week)
 */
public record Host(String id, Long tiersLieuId, String name, Position position, Set<String> themes, String machines,
        int seatsPerDay, int weeklyLimit, Set<DayOfWeek> openWeekdays, List<Closure> closures,
        Map<LocalDate, Integer> bookedSeats, Map<LocalDate, Integer> bookedDays) {

    /** Participants already expected on a day by a twinning held there; each is also one twinning day of its week. */
    public record Booking(LocalDate date, int participants) {
    }

    /** A tiers-lieu with the seats and days these bookings hold. */
    public static Host withBookings(String id, Long tiersLieuId, String name, Position position, Set<String> themes,
            String machines, int seatsPerDay, int weeklyLimit, Set<DayOfWeek> openWeekdays, List<Closure> closures,
            Collection<Booking> bookings) {
        Map<LocalDate, Integer> seats = new HashMap<>();
        Map<LocalDate, Integer> days = new HashMap<>();
        for (Booking b : bookings) {
            seats.merge(b.date(), b.participants(), Integer::sum);
            days.merge(weekOf(b.date()), 1, Integer::sum);
        }
        return new Host(id, tiersLieuId, name, position, themes, machines, seatsPerDay, weeklyLimit, openWeekdays,
                closures, seats, days);
    }

    public int seatsLeft(LocalDate day) {
        return seatsPerDay - bookedSeats.getOrDefault(day, 0);
    }

    public int daysLeftInWeekOf(LocalDate day) {
        return weeklyLimit - bookedDays.getOrDefault(weekOf(day), 0);
    }

    /** The Monday of the day's week: the key of the weekly limit. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public String toString() {
        return id;
    }
}
