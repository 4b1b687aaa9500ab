package fr.pepites.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The two kinds of message a user action ends with. One error shows at a time: a new error, a success or leaving the
 * page closes the one still open, so that errors of an earlier attempt or of another page never pile up.
 */
public final class Notifications {

    private Notifications() {
    }

    /** The error notification open in a UI, kept as the UI's data. */
    private record OpenError(Notification notification) {
    }

    /** Marks a UI whose navigations close its open error. */
    private record ClosedOnNavigation() {
    }

    public static void success(String message) {
        closeError();
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        closeError();
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        UI ui = UI.getCurrent();
        ComponentUtil.setData(ui, OpenError.class, new OpenError(notification));
        if (ComponentUtil.getData(ui, ClosedOnNavigation.class) == null) {
            ComponentUtil.setData(ui, ClosedOnNavigation.class, new ClosedOnNavigation());
            ui.addAfterNavigationListener(event -> close(ui));
        }
    }

    /** Closes the error notification still open, if any (its message is now stale or shown elsewhere). */
    static void closeError() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            close(ui);
        }
    }

    private static void close(UI ui) {
        OpenError open = ComponentUtil.getData(ui, OpenError.class);
        if (open != null) {
            open.notification().close();
            ComponentUtil.setData(ui, OpenError.class, null);
        }
    }
}
