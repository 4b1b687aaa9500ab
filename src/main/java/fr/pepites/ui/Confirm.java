package fr.pepites.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.pepites.common.InvalidInputException;

/**
 * Asks before a destructive or hard-to-undo action, then runs it and says what was done, in the action's own words
 * ("Compte de Hugo Bernard désactivé."), never a generic "saved".
 */
public final class Confirm {

    private Confirm() {
    }

    /**
     * @param destructive shows the confirm button in red
     * @param action the service call; an {@link InvalidInputException} it raises is shown to the user
     * @param doneMessage what the notification says once the action went through; null when the action reports its
     *     own outcome (a count known once it ran)
     * @param afterSuccess what the view does once the action went through (close a form, refresh a grid)
     */
    public static void ask(String header, String text, String confirmLabel, boolean destructive, Runnable action,
            String doneMessage, Runnable afterSuccess) {
        // No field to show errors next to: FieldErrors puts them all in a notification.
        ask(header, text, confirmLabel, destructive, new FieldErrors(), action, doneMessage, afterSuccess);
    }

    /**
     * The same for a form's action asked again before it runs: its errors show on the form's fields and in its
     * summary, once the question is closed.
     */
    public static void ask(String header, String text, String confirmLabel, boolean destructive, FieldErrors errors,
            Runnable action, String doneMessage, Runnable afterSuccess) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("common.cancel"));
        dialog.setConfirmText(confirmLabel);
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> {
            if (errors.run(action)) {
                if (doneMessage != null) {
                    Notifications.success(doneMessage);
                }
                afterSuccess.run();
            }
        });
        dialog.open();
    }
}
