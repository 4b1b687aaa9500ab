package fr.pepites.parcours.ui;

import fr.pepites.ui.Card;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.pepites.parcours.HandBackRow;
import fr.pepites.parcours.HandBackStatus;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.security.Role;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Grids;
import fr.pepites.workflow.ui.InboxView;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Retours vers le CEP": the SIAE employees at the end of their parcours handed back to the adviser's CEP operator,
 * waiting to be accepted (with a first meeting) or accepted.
 */
@Route("retours-cep")
@PageTitle("Retours vers le CEP · PEPITES")
@RolesAllowed(Role.Names.CEP_ADVISER)
public class HandBacksView extends VerticalLayout {

    private final ParcoursService parcours;
    private final Grid<HandBackRow> grid = new Grid<>();
    private final Select<HandBackStatus> status = new Select<>();
    private final EmptyState empty;

    HandBacksView(ParcoursService parcours) {
        this.parcours = parcours;
        setSizeFull();
        status.setLabel(getTranslation("handBacks.status"));
        status.setId("hand-backs-status");
        status.setEmptySelectionAllowed(true);
        // The empty item is drawn with this caption, not with the label generator.
        status.setEmptySelectionCaption(getTranslation("handBacks.status.all"));
        status.setItems(HandBackStatus.PENDING, HandBackStatus.ACCEPTED, HandBackStatus.DECLINED);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("handBacks.status.all")
                : getTranslation("parcours.handBack." + s.name()));
        status.setValue(HandBackStatus.PENDING);
        status.addValueChangeListener(e -> refresh());

        grid.setId("hand-backs-grid");
        grid.addColumn(HandBackRow::reference).setHeader(getTranslation("parcours.list.reference")).setAutoWidth(true);
        grid.addColumn(HandBackRow::personName).setHeader(getTranslation("parcours.person"));
        grid.addColumn(HandBackRow::siaeName).setHeader(getTranslation("parcours.siae"));
        grid.addColumn(row -> row.exitProject() + (row.targetJobTitle() == null ? "" : " · " + row.targetJobTitle()))
                .setHeader(getTranslation("parcours.exitProject")).setFlexGrow(2);
        grid.addColumn(row -> ParcoursSummary.DATE.format(row.plannedEnd())).setHeader(getTranslation("parcours.plannedEnd"));
        grid.addColumn(row -> getTranslation("parcours.handBack." + row.status().name()))
                .setHeader(getTranslation("common.status"));
        grid.addColumn(row -> row.meetingAt() == null ? "—" : getTranslation("parcours.meeting.value",
                ParcoursSummary.DATE_TIME.format(row.meetingAt()), row.meetingPlace()))
                .setHeader(getTranslation("handBacks.meeting"));
        grid.addComponentColumn(this::action).setHeader(getTranslation("inbox.column.actions")).setAutoWidth(true);
        // On a phone each hand-back is a card: who, their project, the meeting, the answer at hand.
        Grids.cardsOnPhone(grid, getTranslation("handBacks.title"), row -> new Card(row.reference() + " · "
                + row.personName())
                .line(row.siaeName())
                .line(row.exitProject() + (row.targetJobTitle() == null ? "" : " · " + row.targetJobTitle()))
                .line(row.meetingAt() == null ? null : getTranslation("parcours.meeting.value",
                        ParcoursSummary.DATE_TIME.format(row.meetingAt()), row.meetingPlace()))
                .with(new com.vaadin.flow.component.html.Span(getTranslation("parcours.handBack."
                        + row.status().name())), action(row)));

        empty = new EmptyState(VaadinIcon.EXCHANGE, getTranslation("handBacks.empty.title"),
                getTranslation("handBacks.empty.text"));
        add(new H2(getTranslation("handBacks.title")), new Paragraph(getTranslation("handBacks.intro")), status, grid,
                empty);
        refresh();
    }

    private Component action(HandBackRow row) {
        Button open;
        if (row.status() == HandBackStatus.PENDING) {
            open = new Button(getTranslation("handBacks.answer"), e -> getUI().ifPresent(ui -> ui.navigate(
                    InboxView.class, QueryParameters.of(InboxView.FILE_PARAMETER, row.reference()))));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        } else if (row.status() == HandBackStatus.ACCEPTED) {
            open = new Button(getTranslation("handBacks.open"), e -> getUI().ifPresent(ui ->
                    ui.navigate(ParcoursDetailView.class, row.parcoursId())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        } else {
            return new com.vaadin.flow.component.html.Span();
        }
        open.addClassName("hand-back-" + row.reference());
        return open;
    }

    private void refresh() {
        HandBackStatus filter = status.getValue();
        grid.setItems(query -> parcours.handBacks(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) parcours.countHandBacks(filter));
        boolean none = parcours.countHandBacks(filter) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }
}
