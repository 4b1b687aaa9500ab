package fr.pepites.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

class DateFieldsTest {

    @Test
    void theCalendarSpeaksFrenchAndItsWeekStartsOnMonday() {
        DatePicker.DatePickerI18n words = DateFields.calendar(PepitesI18NProvider.FRENCH);

        assertThat(words.getMonthNames()).hasSize(12).startsWith("Janvier", "Février").endsWith("Décembre");
        assertThat(words.getWeekdays()).hasSize(7).startsWith("Dimanche", "Lundi");
        assertThat(words.getWeekdaysShort()).startsWith("Dim.", "Lun.");
        assertThat(words.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(words.getToday()).isEqualTo("Aujourd'hui");
        assertThat(words.getCancel()).isEqualTo("Annuler");
    }

    @Test
    void inEnglishTheWeekStartsOnSunday() {
        DatePicker.DatePickerI18n words = DateFields.calendar(PepitesI18NProvider.ENGLISH);

        assertThat(words.getMonthNames()).startsWith("January");
        assertThat(words.getFirstDayOfWeek()).isZero();
        assertThat(words.getToday()).isEqualTo("Today");
    }

    @Test
    void aDateFieldReadsDatesAsFrenchWritesThem() {
        assertThat(DateFields.date("Date d'embauche").getLocale()).isEqualTo(PepitesI18NProvider.FRENCH);
        assertThat(DateFields.dateTime("Rendez-vous").getDatePickerI18n().getMonthNames()).startsWith("Janvier");
    }
}
