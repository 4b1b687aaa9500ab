package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A user action with fields, asked in a dialog: what it does, its fields, cancel and confirm. The confirm calls the
 * feature's service (one transaction); its French errors show next to their fields and the dialog stays open; once it
 * went through, the dialog closes, a notification says so and {@code afterDone} refreshes the page.
 */
public final class ActionDialog {

    private ActionDialog() {
    }

    public static void open(String title, String text, String confirmLabel, boolean destructive, FieldErrors errors,
            Runnable action, String doneMessage, Runnable afterDone, Component... fields) {
        Dialog dialog = new Dialog(title);
        Button confirm = new Button(confirmLabel, e -> {
            if (errors.run(action)) {
                dialog.close();
                Notifications.success(doneMessage);
                afterDone.run();
            }
        });
        confirm.setId("action-dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, destructive ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_SUCCESS);
        if (text != null) {
            dialog.add(new Paragraph(text));
        }
        dialog.add(errors.summary());
        dialog.add(new FormLayout(fields));
        dialog.getFooter().add(new Button(dialog.getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }
}
