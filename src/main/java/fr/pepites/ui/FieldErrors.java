package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import fr.pepites.common.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shows a service's {@link InvalidInputException} on a form, all its errors at once: each message next to its field,
 * every one of them listed in the form's {@link #summary()} (a link to each field), and the first field in error
 * focused and scrolled to, so that an error far from the button pressed is never out of sight. A form that has not
 * placed the summary gets the messages of fields it does not have in a notification.
 */
public class FieldErrors {

    static final String UNREADABLE_NUMBER = "Ce nombre ne se lit pas : tapez-le en chiffres seulement (par exemple 12).";
    static final String NUMBER_TOO_LARGE = "Ce nombre est bien trop grand pour ce champ : vérifiez-le.";
    static final String UNREADABLE_DATE = "Cette date ne se lit pas : choisissez-la dans le calendrier, ou tapez-la "
            + "ainsi : 31/12/2025.";
    /** Where Vaadin's number fields and date pickers keep the text typed, whether it read as a value or not. */
    private static final String TYPED_TEXT = "_inputElementValue";
    /**
     * Focuses a field as a click would (Vaadin's fields delegate focus to their input; a group of check boxes or radio
     * buttons to its first one) and brings it, with its label, to the middle of the screen.
     */
    private static final String FOCUS_AND_SHOW = "const target = this.focusElement ? this"
            + " : (this.querySelector('input:not([disabled]), textarea, button, [tabindex=\"0\"]') || this);"
            + " target.focus(); this.scrollIntoView({block: 'center'});";

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final ErrorSummary summary = new ErrorSummary();

    public FieldErrors bind(String property, HasValidation field) {
        fields.put(property, field);
        return this;
    }

    /** The list of the errors, hidden until there are some: each form places it at its top. */
    public Component summary() {
        return summary;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        summary.hide();
    }

    public void show(InvalidInputException error) {
        clear();
        List<ErrorSummary.Entry> general = new ArrayList<>();
        Map<HasValidation, String> onFields = new LinkedHashMap<>();
        error.fieldErrors().forEach((property, message) -> {
            HasValidation field = fields.get(property);
            if (field == null) {
                general.add(new ErrorSummary.Entry(message, null));
            } else {
                // Two properties may share a field (e.g. a choice of a badge and its recipients): both messages show.
                onFields.merge(field, message, (first, second) -> first + " " + second);
            }
        });
        // The summary lists the errors in the form's order, those of no field of the form first.
        List<ErrorSummary.Entry> entries = new ArrayList<>(general);
        fields.values().stream().distinct().filter(onFields::containsKey).forEach(field -> {
            field.setErrorMessage(onFields.get(field));
            field.setInvalid(true);
            entries.add(new ErrorSummary.Entry(onFields.get(field), (Component) field));
        });
        if (summary.isAttached()) {
            Notifications.closeError();
            summary.show(entries);
        } else if (!general.isEmpty()) {
            Notifications.error(String.join(" ", general.stream().map(ErrorSummary.Entry::message).toList()));
        }
        entries.stream().map(ErrorSummary.Entry::field).filter(field -> field != null).findFirst()
                .ifPresentOrElse(FieldErrors::focus, () -> {
                    if (summary.isAttached()) {
                        focus(summary);
                    }
                });
    }

    /** Focuses a field of a form and scrolls it into view, as the summary's links do. */
    static void focus(Component field) {
        field.getElement().executeJs(FOCUS_AND_SHOW);
    }

    /**
     * Refuses, on their fields, the numbers and dates whose typed text did not read as one (e.g. {@code 1e3},
     * {@code 99999999999}, {@code 31/13/2025}): Vaadin then gives an empty value, which a service would take for
     * "none" (no expiry, no date) without a word.
     */
    public void requireReadable() {
        Map<String, String> unreadable = new LinkedHashMap<>();
        fields.forEach((property, field) -> {
            boolean number = field instanceof AbstractNumberField<?, ?>;
            if ((number || field instanceof DatePicker) && ((HasValue<?, ?>) field).isEmpty()
                    && !((Component) field).getElement().getProperty(TYPED_TEXT, "").isBlank()) {
                String typed = ((Component) field).getElement().getProperty(TYPED_TEXT, "").strip();
                unreadable.putIfAbsent(property, !number ? UNREADABLE_DATE
                        : typed.matches("[-+]?\\d+") ? NUMBER_TOO_LARGE : UNREADABLE_NUMBER);
            }
        });
        if (!unreadable.isEmpty()) {
            throw new InvalidInputException(unreadable);
        }
    }

    /**
     * Runs a user action: its French errors show next to their fields and in the summary (or in a notification), an
     * access refusal in a notification; true when it went through.
     */
    public boolean run(Runnable action) {
        clear();
        try {
            requireReadable();
            action.run();
            return true;
        } catch (InvalidInputException error) {
            show(error);
        } catch (AccessDeniedException error) {
            Notifications.error(error.getMessage());
        } catch (org.springframework.dao.OptimisticLockingFailureException error) {
            Notifications.error(fr.pepites.common.StaleEdit.MESSAGE);
        }
        return false;
    }
}
