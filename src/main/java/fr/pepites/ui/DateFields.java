package fr.pepites.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The application's date fields: their calendar speaks the user's language (month and day names, the week starting on
 * Monday in French, "Aujourd'hui" and "Annuler") and dates read as the language writes them (31/12/2026). Vaadin's
 * own calendar speaks English whatever the locale: every date field of the application comes from here.
 */
public final class DateFields {

    private static final PepitesI18NProvider WORDS = new PepitesI18NProvider();

    private DateFields() {
    }

    public static DatePicker date(String label) {
        DatePicker field = new DatePicker(label);
        Locale locale = locale();
        field.setLocale(locale);
        field.setI18n(calendar(locale));
        return field;
    }

    /** A date field whose label is given elsewhere (a form layout's item, an aria-label). */
    public static DatePicker date() {
        return date(null);
    }

    public static DateTimePicker dateTime(String label) {
        DateTimePicker field = new DateTimePicker(label);
        Locale locale = locale();
        field.setLocale(locale);
        field.setDatePickerI18n(calendar(locale));
        return field;
    }

    /** The calendar's words in the given language, from the JVM's own tables for the month and day names. */
    static DatePicker.DatePickerI18n calendar(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DayOfWeek first = WeekFields.of(locale.getCountry().isEmpty() && locale.getLanguage().equals("fr")
                ? Locale.FRANCE : locale).getFirstDayOfWeek();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(capitalised(Arrays.asList(symbols.getMonths()).subList(0, 12), locale))
                // Vaadin counts the days from Sunday, as DateFormatSymbols does from its index 1.
                .setWeekdays(capitalised(Arrays.asList(symbols.getWeekdays()).subList(1, 8), locale))
                .setWeekdaysShort(capitalised(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8), locale))
                .setFirstDayOfWeek(first.getValue() % 7)
                .setToday(WORDS.getTranslation("dates.today", locale))
                .setCancel(WORDS.getTranslation("common.cancel", locale));
    }

    private static List<String> capitalised(List<String> words, Locale locale) {
        return words.stream()
                .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(locale) + w.substring(1))
                .toList();
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? PepitesI18NProvider.FRENCH : ui.getLocale();
    }
}
