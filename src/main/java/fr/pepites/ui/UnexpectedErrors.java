package fr.pepites.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import fr.pepites.common.Outage;
import fr.pepites.common.StaleEdit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What users see when an action fails unexpectedly: a French message, never a stack trace nor internals (the trace goes
 * to the log). An edit that lost an optimistic-locking race — another user or node changed the same record, or the
 * same process, in the meantime — is told as such ({@link StaleEdit#MESSAGE}): nothing was written, reopen and redo.
 */
final class UnexpectedErrors implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    /** The message for a failure: the stale-edit one for a lost optimistic-locking race, a general one otherwise. */
    static String messageFor(Throwable error, String unexpected) {
        return StaleEdit.isLostRace(error) ? StaleEdit.MESSAGE : unexpected;
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        String message = messageFor(error, ui == null ? "" : ui.getTranslation("error.unexpected"));
        if (message.equals(StaleEdit.MESSAGE)) {
            LOG.info("Edit refused, the record changed meanwhile: {}", error.toString());
        } else if (Outage.isDatabaseAway(error)) {
            LOG.warn("Action refused, the database is unavailable: {}", error.toString());
            message = ui == null ? "" : ui.getTranslation("unavailable.action");
        } else {
            LOG.error("Unexpected error in a user's action", error);
        }
        if (ui != null) {
            Notifications.error(message);
        }
    }
}
