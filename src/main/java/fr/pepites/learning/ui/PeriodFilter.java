package fr.pepites.learning.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.pepites.ui.DateFields;
import fr.pepites.ui.FieldErrors;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiFunction;

/** The period a record covers: the last twelve months unless the user chooses another. */
class PeriodFilter extends HorizontalLayout {

    final DatePicker from = DateFields.date(getTranslation("learning.period.from"));
    final DatePicker to = DateFields.date(getTranslation("learning.period.to"));

    PeriodFilter(Runnable onChange) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        from.setValue(today.minusMonths(12));
        to.setValue(today);
        from.setId("learning-from");
        to.setId("learning-to");
        from.addValueChangeListener(e -> onChange.run());
        to.addValueChangeListener(e -> onChange.run());
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(from, to);
    }

    /** The period's errors go to its two fields. */
    FieldErrors errors() {
        return new FieldErrors().bind("period", from);
    }

    /** The export of the period, made of a valid period only (the page says what is wrong with it): else empty. */
    byte[] export(BiFunction<LocalDate, LocalDate, byte[]> csv) {
        boolean valid = from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue());
        return valid ? csv.apply(from.getValue(), to.getValue()) : new byte[0];
    }
}
