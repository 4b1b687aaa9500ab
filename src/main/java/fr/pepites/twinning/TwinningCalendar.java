package fr.pepites.twinning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The calendar a twinning's four days follow: French public holidays, and how the four dates follow from a start
 * date and a rhythm over the days a tiers-lieu is open (and the SIAE can release its people). The solver, the
 * service and the instance files all go through it.
 */
public final class TwinningCalendar {

    /** Two open days of a "consecutive" twinning are never further apart than this (a closure in between breaks it). */
    static final int MAX_GAP_DAYS = 7;

    private static final List<MonthDay> FIXED_HOLIDAYS = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(5, 8), MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11),
            MonthDay.of(12, 25));

    private TwinningCalendar() {
    }

    /** The holidays of each year asked so far: computed once per year, for any year a window touches. */
    private static final Map<Integer, Set<LocalDate>> HOLIDAYS_BY_YEAR = new ConcurrentHashMap<>();

    /** Whether the day is a public holiday of metropolitan France (Easter Monday, Ascension, Whit Monday included). */
    public static boolean isHoliday(LocalDate day) {
        return HOLIDAYS_BY_YEAR.computeIfAbsent(day.getYear(), TwinningCalendar::holidaysOf).contains(day);
    }

    /** The public holidays of metropolitan France in this year. */
    static Set<LocalDate> holidaysOf(int year) {
        Set<LocalDate> days = new TreeSet<>();
        for (MonthDay day : FIXED_HOLIDAYS) {
            days.add(day.atYear(year));
        }
        LocalDate easter = easterSunday(year);
        days.add(easter.plusDays(1));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(50));
        return Set.copyOf(days);
    }

    /** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Whether the day is one the tiers-lieu hosts and the SIAE can release its people. */
    public static Predicate<LocalDate> openDays(Set<DayOfWeek> open, List<Closure> closures,
            Set<DayOfWeek> siaeUnavailable) {
        return day -> open.contains(day.getDayOfWeek()) && !siaeUnavailable.contains(day.getDayOfWeek())
                && !isHoliday(day) && closures.stream().noneMatch(c -> c.contains(day));
    }

    /**
     * The four days from this start: for consecutive days, the first open day on or after the start (within a week)
     * and the next three open days, none more than a week after the one before; for one day a week, in each of the
     * four weeks that begin at the start, the first open day of that week. Empty when four days cannot be found so.
     */
    public static Optional<List<LocalDate>> days(LocalDate start, Rhythm rhythm, Predicate<LocalDate> open) {
        List<LocalDate> days = new ArrayList<>(Twinning.DAYS);
        if (rhythm == Rhythm.CONSECUTIVE_DAYS) {
            LocalDate from = start;
            for (int n = 0; n < Twinning.DAYS; n++) {
                Optional<LocalDate> next = firstOpen(from, open);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                days.add(next.get());
                from = next.get().plusDays(1);
            }
        } else {
            for (int week = 0; week < Twinning.DAYS; week++) {
                Optional<LocalDate> next = firstOpen(start.plusWeeks(week), open);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                days.add(next.get());
            }
        }
        return Optional.of(List.copyOf(days));
    }

    private static Optional<LocalDate> firstOpen(LocalDate from, Predicate<LocalDate> open) {
        for (int i = 0; i < MAX_GAP_DAYS; i++) {
            LocalDate day = from.plusDays(i);
            if (open.test(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** The shortest window a rhythm needs, in calendar days from the first to the last day included. */
    public static int minimumWindowDays(Rhythm rhythm) {
        return rhythm == Rhythm.CONSECUTIVE_DAYS ? Twinning.DAYS : 3 * 7 + 1;
    }
}
