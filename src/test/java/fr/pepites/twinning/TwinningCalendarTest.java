package fr.pepites.twinning;

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
        assertThat(TwinningCalendar.holidaysOf(2027)).contains(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6),
                LocalDate.of(2027, 5, 17), LocalDate.of(2027, 7, 14), LocalDate.of(2027, 11, 11)).hasSize(11);
    }

    @Test
    void holidaysAreKnownForAnyYearAWindowTouches() {
        // Easter 5 April 2026, 1 April 2029, 25 March 2035: Easter Monday, Ascension (+39), Whit Monday (+50).
        assertThat(List.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2029, 4, 2), LocalDate.of(2029, 5, 10), LocalDate.of(2029, 5, 21),
                LocalDate.of(2035, 3, 26), LocalDate.of(2035, 5, 3), LocalDate.of(2035, 5, 14),
                LocalDate.of(2035, 12, 25), LocalDate.of(2040, 1, 1)))
                .allMatch(TwinningCalendar::isHoliday);
        assertThat(TwinningCalendar.isHoliday(LocalDate.of(2035, 5, 10))).as("Ascension of 2029's date in 2035")
                .isFalse();
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
    void aWeeklyTwinningMayStartOnAHolidayAndHaveFourOpenDays() {
        // Whit Monday 17 May 2027, a tiers-lieu open Mondays and Tuesdays, a window ending Monday 7 June: only the
        // start on the holiday holds four days in the window (Tuesday 18, then three Mondays).
        LocalDate whitMonday = LocalDate.of(2027, 5, 17);
        assertThat(TwinningCalendar.days(whitMonday, Rhythm.WEEKLY,
                open(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), Set.of())))
                .contains(List.of(whitMonday.plusDays(1), whitMonday.plusWeeks(1), whitMonday.plusWeeks(2),
                        whitMonday.plusWeeks(3)));
    }

    @Test
    void noFourDaysWhenAClosureOrNoOpenDayBreaksTheRhythm() {
        assertThat(TwinningCalendar.days(MONDAY, Rhythm.CONSECUTIVE_DAYS, open(Set.of(), Set.of()))).isEmpty();
        assertThat(TwinningCalendar.days(MONDAY, Rhythm.WEEKLY, TwinningCalendar.openDays(WEEKDAYS,
                List.of(new Closure(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), "Travaux")), Set.of())))
                .isEmpty();
    }

    private static java.util.function.Predicate<LocalDate> open(Set<DayOfWeek> days, Set<DayOfWeek> unavailable) {
        return TwinningCalendar.openDays(days, List.of(), unavailable);
    }
}
