package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.shared.Registration;
import java.util.HashSet;
import java.util.Set;

/**
 * Asks before leaving a form changed since it was loaded or last saved — by Back or Forward, the menu, a link, a
 * button — "Quitter sans enregistrer ?": stay (the form as it was) or leave (the changes lost). A change is a value
 * the user gave a field of the form; the form calls {@link #saved()} once its changes are saved (before it moves on
 * to the saved record).
 */
public final class UnsavedChanges {

    private final Set<HasValue<?, ?>> watched = new HashSet<>();
    private boolean changed;

    private UnsavedChanges(Component form) {
        form.addAttachListener(attach -> {
            watch(form);
            Registration leaving = attach.getUI().addBeforeLeaveListener(this::beforeLeave);
            form.addDetachListener(detach -> {
                leaving.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Watches the fields of this form (its own page, or a part of one) from the moment it is shown. */
    public static UnsavedChanges guard(Component form) {
        return new UnsavedChanges(form);
    }

    /** The form's changes are saved (or loaded afresh): leaving it asks nothing until the next change. */
    public void saved() {
        changed = false;
    }

    private void watch(Component component) {
        if (component instanceof HasValue<?, ?> field && watched.add(field)) {
            field.addValueChangeListener(e -> changed |= e.isFromClient());
        }
        component.getChildren().forEach(this::watch);
    }

    private void beforeLeave(BeforeLeaveEvent event) {
        if (!changed) {
            return;
        }
        UI ui = event.getUI();
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("unsaved-changes");
        ask.setHeader(ui.getTranslation("common.unsaved.title"));
        ask.setText(ui.getTranslation("common.unsaved.text"));
        ask.setCancelable(true);
        ask.setCancelText(ui.getTranslation("common.unsaved.stay"));
        ask.setConfirmText(ui.getTranslation("common.unsaved.leave"));
        ask.setConfirmButtonTheme("error primary");
        ask.addConfirmListener(e -> {
            changed = false;
            leave.proceed();
        });
        // Staying ends the postponed navigation: the next Back or link asks again.
        ask.addCancelListener(e -> leave.cancel());
        ask.open();
    }
}
