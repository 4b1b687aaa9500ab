package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import fr.pepites.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shows a service's {@link InvalidInputException} on a form: each message next to its field, the others (or
 * those of fields the form does not have) in a notification.
 */
public class FieldErrors {

    static final String UNREADABLE_NUMBER = "Ce nombre ne se lit pas : tapez-le en chiffres seulement (par exemple 12).";
    static final String NUMBER_TOO_LARGE = "Ce nombre est bien trop grand pour ce champ : vérifiez-le.";
    static final String UNREADABLE_DATE = "Cette date ne se lit pas : choisissez-la dans le calendrier, ou tapez-la "
            + "ainsi : 31/12/2025.";
    /** Where Vaadin's number fields and date pickers keep the text typed, whether it read as a value or not. */
    private static final String TYPED_TEXT = "_inputElementValue";

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String property, HasValidation field) {
        fields.put(property, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException error) {
        clear();
        StringBuilder elsewhere = new StringBuilder();
        error.fieldErrors().forEach((property, message) -> {
            HasValidation field = fields.get(property);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                elsewhere.append(message).append(' ');
            }
        });
        if (!elsewhere.isEmpty()) {
            Notifications.error(elsewhere.toString().trim());
        }
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
     * Runs a user action: its French errors show next to their fields (or in a notification), an access refusal in a
     * notification; true when it went through.
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
