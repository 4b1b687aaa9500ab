package fr.pepites.twinning;

import static fr.pepites.twinning.SolverFixtures.HOLIDAYS;
import static fr.pepites.twinning.SolverFixtures.MONDAY;
import static fr.pepites.twinning.SolverFixtures.WEEKDAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TwinningCalendarTest {

    @Test
    void easterAndTheHolidaysThatFollowIt() {
        assertThat(TwinningCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(TwinningCalendar.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(HOLIDAYS).contains(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17),
                LocalDate.of(2027, 7, 14), LocalDate.of(2027, 11, 11)).hasSize(11);
    }

    @Test
    void consecutiveDaysSkipAHolidayInTheWeek() {
        assertThat(TwinningCalendar.days(MONDAY, Rhythm.CONSECUTIVE_DAYS, open(WEEKDAYS, Set.of())))
                .contains(List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(4)));
    }

    @Test
    void consecutiveDaysBeginAtTheFirstOpenDayAndSkipTheSiaesUnavailableWeekdays() {
        // Saturday 1 May: the first open day is Monday; Tuesdays the SIAE cannot release people.
        assertThat(TwinningCalendar.days(LocalDate.of(2027, 5, 1), Rhythm.CONSECUTIVE_DAYS,
                open(WEEKDAYS, Set.of(DayOfWeek.TUESDAY))))
                .contains(List.of(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(4), MONDAY.plusDays(7)));
    }

    @Test
    void oneDayAWeekTakesTheNextOpenDayOfAWeekWithAHoliday() {
        // Monday 17 May is Whit Monday: that week's day is Tuesday 18.
        assertThat(TwinningCalendar.days(MONDAY, Rhythm.WEEKLY, open(WEEKDAYS, Set.of())))
                .contains(List.of(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2).plusDays(1), MONDAY.plusWeeks(3)));
    }

    @Test
    void noFourDaysWhenAClosureOrNoOpenDayBreaksTheRhythm() {
        assertThat(TwinningCalendar.days(MONDAY, Rhythm.CONSECUTIVE_DAYS, open(Set.of(), Set.of()))).isEmpty();
        assertThat(TwinningCalendar.days(MONDAY, Rhythm.WEEKLY, TwinningCalendar.openDays(WEEKDAYS,
                List.of(new Closure(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), "Travaux")), HOLIDAYS, Set.of())))
                .isEmpty();
    }

    private static java.util.function.Predicate<LocalDate> open(Set<DayOfWeek> days, Set<DayOfWeek> unavailable) {
        return TwinningCalendar.openDays(days, List.of(), HOLIDAYS, unavailable);
    }
}
