package fr.pepites.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The French 404 page, for an address that leads nowhere: an unknown page, or a view's object that does not exist or
 * that the user may not see (a view throws {@link NotFoundException}), anonymous visitors included. It names nothing
 * of what was asked.
 */
@PageTitle("Page introuvable · PEPITES")
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setMaxWidth("50em");
        getStyle().set("margin", "0 auto");
        setId("not-found");
        // Without the application's frame (a visitor's unknown badge), the page is its own main landmark.
        getElement().setAttribute("role", "main");
        add(new H1(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")),
                new Anchor("", getTranslation("notFound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
