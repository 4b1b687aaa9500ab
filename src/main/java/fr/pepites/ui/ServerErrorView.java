package fr.pepites.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.pepites.common.Outage;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The French page of a page that could not be shown (instead of Vaadin's English report of the exception): while
 * the database is away, that the service is briefly unavailable (HTTP 503); otherwise that an unexpected error
 * occurred (HTTP 500). Each with a way to try again and a way back, and nothing of the internals (the trace goes to
 * the log).
 */
@PageTitle("PEPITES")
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        boolean away = Outage.isDatabaseAway(parameter.getCaughtException());
        if (away) {
            LOG.warn("Page « {} » not shown, the database is unavailable: {}", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
        } else {
            LOG.error("Page « {} » not shown", event.getLocation().getPath(), parameter.getCaughtException());
        }
        removeAll();
        setMaxWidth("50em");
        getStyle().set("margin", "0 auto");
        setId(away ? "unavailable" : "server-error");
        String key = away ? "unavailable" : "serverError";
        Anchor again = new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation(key + ".again"));
        again.setId("try-again");
        add(new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")),
                new HorizontalLayout(again, new Anchor("", getTranslation("notFound.home"))));
        return away ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
