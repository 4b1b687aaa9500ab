package fr.pepites.learning.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.pepites.ui.DateFields;
import fr.pepites.ui.FieldErrors;
import java.time.LocalDate;
import java.time.ZoneId;

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

    /** Whether both ends are set and in order: an export is made of a valid period only. */
    boolean isValid() {
        return from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue());
    }
}
