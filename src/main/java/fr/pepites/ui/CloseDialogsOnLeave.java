package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;

/**
 * A dialog belongs to the page that opened it: leaving the page (Back, Forward, the menu, a link) closes the dialogs
 * it left open, which would otherwise stay over the next page (a task's dialog over the home page). Dialogs opened
 * with {@code open()} hang from the UI, not from their page, hence a listener on every UI, run before the pages' own.
 */
@org.springframework.stereotype.Component
class CloseDialogsOnLeave implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeLeaveListener(leave -> closeDialogs(leave.getUI())));
    }

    static void closeDialogs(UI ui) {
        List<Component> open = ui.getChildren().toList();
        for (Component child : open) {
            if (child instanceof Dialog dialog && dialog.isOpened()) {
                dialog.close();
            } else if (child instanceof ConfirmDialog confirm && confirm.isOpened()) {
                confirm.close();
            }
        }
    }
}
