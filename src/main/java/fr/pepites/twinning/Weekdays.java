package fr.pepites.twinning;

import jakarta.persistence.AttributeConverter;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Weekdays as their ISO numbers joined by commas (1 = Monday), in a column and in the instance files. */
public final class Weekdays {

    private Weekdays() {
    }

    public static String format(Collection<DayOfWeek> days) {
        return days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    }

    public static Set<DayOfWeek> parse(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::trim).map(Integer::parseInt).map(DayOfWeek::of).forEach(days::add);
        }
        return days;
    }

    /** The column's converter. */
    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<Set<DayOfWeek>, String> {

        @Override
        public String convertToDatabaseColumn(Set<DayOfWeek> days) {
            return days == null ? "" : format(days);
        }

        @Override
        public Set<DayOfWeek> convertToEntityAttribute(String column) {
            return parse(column);
        }
    }
}
