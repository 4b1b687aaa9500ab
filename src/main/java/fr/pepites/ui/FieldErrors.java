package fr.pepites.ui;

import com.vaadin.flow.component.HasValidation;
import fr.pepites.common.InvalidInputException;
import java.util.LinkedHashMap;
import org.springframework.security.access.AccessDeniedException;
import java.util.Map;

/**
 * Shows a service's {@link InvalidInputException} on a form: each message next to its field, the others (or
 * those of fields the form does not have) in a notification.
 */
public class FieldErrors {

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
     * Runs a user action: its French errors show next to their fields (or in a notification), an access refusal in a
     * notification; true when it went through.
     */
    public boolean run(Runnable action) {
        clear();
        try {
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
