package fr.pepites.twinning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the request form submits: themes, participants (insertion employees by person id, staff by account id),
 * window, rhythm, the weekdays the SIAE cannot release people, the farthest it travels, a note.
 */
public record TwinningData(Set<String> themes, List<Long> employeeIds, List<Long> staffIds, LocalDate earliestStart,
        LocalDate latestEnd, Rhythm rhythm, Set<DayOfWeek> unavailableWeekdays, Integer maxDistanceKm, String note) {
}
