package fr.pepites.twinning;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** What the offer editor submits. */
public record OfferData(Set<String> themes, String machines, int seatsPerDay, int weeklyLimit,
        Set<DayOfWeek> openWeekdays, List<Closure> closures) {
}
