package fr.pepites.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The UI speaks French whatever the browser's language; a user may switch to English from the header, for the
 * rest of the session. Unexpected failures are told in French too ({@link UnexpectedErrors}).
 */
@Component
class FrenchByDefault implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> {
            e.getSession().setLocale(PepitesI18NProvider.FRENCH);
            e.getSession().setErrorHandler(new UnexpectedErrors());
        });
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }
}
