package fr.pepites.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.pepites.learning.RegistrationStatus;
import fr.pepites.learning.SessionRegistrations;
import fr.pepites.ui.Card;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.Download;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Grids;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One's registrations ("formation/inscriptions"): seats and waiting lists, each session's invitation, a cancellation. */
@Route("formation/inscriptions")
@PageTitle("Mes inscriptions · PEPITES")
@PermitAll
public class MyRegistrationsView extends VerticalLayout {

    private final SessionRegistrations registrations;
    private final Grid<SessionRegistrations.MyRegistration> grid = new Grid<>();
    private final EmptyState empty;

    MyRegistrationsView(SessionRegistrations registrations) {
        this.registrations = registrations;
        grid.setId("my-registrations");
        grid.addColumn(SessionRegistrations.MyRegistration::title).setHeader(getTranslation("learning.offer.title"))
                .setFlexGrow(2);
        grid.addColumn(r -> SessionsText.when(r.startsAt(), r.endsAt())).setHeader(getTranslation("learning.session.when"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::place).setHeader(getTranslation("learning.session.place")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("learning.registration.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("learning.actions")).setAutoWidth(true);
        Grids.wrapping(grid);
        grid.setAllRowsVisible(true);
        Grids.cardsOnPhone(grid, getTranslation("learning.mine.registrations"), r -> new Card(r.title())
                .line(SessionsText.when(r.startsAt(), r.endsAt())).with(place(r)).line(status(r)).with(actions(r)));
        empty = new EmptyState(VaadinIcon.CALENDAR, getTranslation("learning.mine.registrations.empty"),
                getTranslation("learning.mine.registrations.empty.next"),
                new RouterLink(getTranslation("nav.catalogue"), CatalogueView.class));
        add(new H2(getTranslation("learning.mine.registrations")),
                new Paragraph(getTranslation("learning.mine.registrations.intro")), empty, grid);
        refresh();
    }

    private String status(SessionRegistrations.MyRegistration r) {
        return r.sessionStatus() == fr.pepites.learning.SessionStatus.CANCELLED
                ? getTranslation("learning.sessionStatus.CANCELLED")
                : getTranslation("learning.registrationStatus." + r.status().name());
    }

    /** Where: the place in words, its video link one can follow. */
    private com.vaadin.flow.component.Component place(SessionRegistrations.MyRegistration r) {
        com.vaadin.flow.component.html.Div where = new com.vaadin.flow.component.html.Div();
        where.getStyle().set("overflow-wrap", "anywhere");
        if (r.videoLink() != null) {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(r.videoLink(),
                    getTranslation("learning.session.join"));
            link.setTarget(com.vaadin.flow.component.html.AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            where.add(link);
        }
        if (r.place() != null && (r.videoLink() == null || !r.place().startsWith("En ligne"))) {
            where.add(new com.vaadin.flow.component.html.Paragraph(r.place()));
        }
        return where;
    }

    private HorizontalLayout actions(SessionRegistrations.MyRegistration r) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (r.status() == RegistrationStatus.REGISTERED
                && r.sessionStatus() != fr.pepites.learning.SessionStatus.CANCELLED) {
            actions.add(Download.of(getTranslation("learning.ics"), "session-" + r.sessionId() + ".ics", "text/calendar; charset=UTF-8",
                    () -> registrations.calendarFile(r.id()).getBytes(StandardCharsets.UTF_8)));
        }
        if (r.cancellable()) {
            String action = r.status() == RegistrationStatus.WAITING ? "learning.registration.leave"
                    : "learning.registration.cancel";
            Button cancel = new Button(getTranslation(action),
                    e -> Confirm.ask(getTranslation("learning.registration.cancel.title"),
                            getTranslation("learning.registration.cancel.text", r.title()),
                            getTranslation(action), true, () -> registrations.cancel(r.id()),
                            getTranslation("learning.registration.cancel.done"), this::refresh));
            cancel.setId("cancel-registration-" + r.id());
            actions.add(cancel);
        }
        return actions;
    }

    private void refresh() {
        List<SessionRegistrations.MyRegistration> mine = registrations.mine();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }
}
