package fr.pepites.parcours.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.ui.OrganisationPicker;
import fr.pepites.parcours.ParcoursFilter;
import fr.pepites.parcours.ParcoursRow;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.parcours.ParcoursStatus;
import fr.pepites.security.Role;
import fr.pepites.ui.Card;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Grids;
import fr.pepites.ui.SearchField;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * "Parcours": the SIAE's employees in insertion (network staff: every SIAE's), current ones first by planned end,
 * those ending within three months highlighted, with their PASS IAE end.
 */
@Route("parcours")
@PageTitle("Parcours · PEPITES")
@RolesAllowed({Role.Names.SIAE_DIRECTOR, Role.Names.SIAE_STAFF, Role.Names.COORDINATOR, Role.Names.ADMIN})
public class ParcoursView extends VerticalLayout {

    private final ParcoursService parcours;
    private final Grid<ParcoursRow> grid = new Grid<>();
    private final SearchField search = new SearchField("", this::refresh);
    private final Select<ParcoursStatus> status = new Select<>();
    private final Checkbox onlyCurrent = new Checkbox();
    private final Checkbox endingSoon = new Checkbox();
    private final OrganisationPicker siae;
    private final EmptyState empty;
    private final String emptyText;

    ParcoursView(ParcoursService parcours, DirectoryService directory) {
        this.parcours = parcours;
        setSizeFull();
        search.setId("parcours-search");
        search.setPlaceholder(getTranslation("parcours.list.search"));
        status.setEmptySelectionAllowed(true);
        status.setItems(ParcoursStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("parcours.list.status.all")
                : getTranslation("parcours.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        onlyCurrent.setLabel(getTranslation("parcours.list.onlyCurrent"));
        onlyCurrent.setValue(true);
        onlyCurrent.addValueChangeListener(e -> refresh());
        endingSoon.setLabel(getTranslation("parcours.list.endingSoon"));
        endingSoon.setId("parcours-ending-soon");
        endingSoon.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, status);
        siae = OrganisationPicker.siae(null, directory);
        if (parcours.listsSeveralSiae()) {
            siae.setPlaceholder(getTranslation("referrals.siae.all"));
            siae.setMinWidth("18rem");
            siae.addValueChangeListener(e -> refresh());
            toolbar.add(siae);
        }
        toolbar.add(onlyCurrent, endingSoon);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        boolean siaeUser = new AccessAnnotationChecker().hasAccess(ParcoursFormView.class);
        if (siaeUser) {
            Button create = new Button(getTranslation("parcours.list.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ParcoursFormView.class)));
            create.setId("new-parcours");
            toolbar.add(create);
        }

        grid.setId("parcours-grid");
        grid.addColumn(ParcoursRow::reference).setHeader(getTranslation("parcours.list.reference")).setAutoWidth(true);
        grid.addColumn(ParcoursRow::personName).setHeader(getTranslation("parcours.person"))
                .setSortProperty("person.searchName");
        grid.addColumn(ParcoursRow::siaeName).setHeader(getTranslation("parcours.siae"))
                .setVisible(parcours.listsSeveralSiae());
        grid.addColumn(ParcoursRow::jobTitle).setHeader(getTranslation("parcours.job"));
        grid.addColumn(row -> getTranslation("parcours.contract." + row.contract().name()))
                .setHeader(getTranslation("parcours.contract"));
        grid.addColumn(row -> ParcoursSummary.DATE.format(row.startDate()))
                .setHeader(getTranslation("parcours.list.start")).setSortProperty("startDate");
        grid.addComponentColumn(this::plannedEnd).setHeader(getTranslation("parcours.plannedEnd"))
                .setSortProperty("plannedEnd");
        grid.addColumn(row -> ParcoursSummary.DATE.format(row.passEnd()))
                .setHeader(getTranslation("parcours.list.passEnd"));
        grid.addComponentColumn(row -> new ParcoursStatusBadge(row)).setHeader(getTranslation("common.status"))
                .setSortProperty("status");
        // On a phone each parcours is a card: who, where, until when, its status; a tap opens it.
        Grids.cardsOnPhone(grid, getTranslation("parcours.list.title"), row -> new Card(row.personName())
                .line(row.reference() + " · " + row.jobTitle())
                .line(parcours.listsSeveralSiae() ? row.siaeName() : null)
                .with(plannedEnd(row), new ParcoursStatusBadge(row)));
        grid.setPartNameGenerator(row -> row.endingSoon(LocalDate.now()) ? "ending-soon" : null);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ParcoursDetailView.class, e.getItem().id())));

        emptyText = getTranslation(siaeUser ? "parcours.list.empty.siae" : "parcours.list.empty.text");
        empty = new EmptyState(VaadinIcon.USER_CLOCK, getTranslation("parcours.list.empty.title"), emptyText);
        add(new H2(getTranslation("parcours.list.title")), toolbar, grid, empty);
        refresh();
    }

    private Component plannedEnd(ParcoursRow row) {
        Span end = new Span(ParcoursSummary.DATE.format(row.plannedEnd()));
        if (row.endingSoon(LocalDate.now())) {
            end.getElement().getThemeList().add("badge warning");
            end.setTitle(getTranslation("parcours.list.endingSoon.title"));
        }
        return end;
    }

    private void refresh() {
        ParcoursFilter filter = new ParcoursFilter(search.getValue(), status.getValue(), onlyCurrent.getValue(),
                endingSoon.getValue(), siae.getValue() == null ? null : siae.getValue().getId());
        grid.setItems(query -> parcours.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) parcours.count(filter));
        boolean none = parcours.count(filter) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
        empty.setNextStep(filter.equals(ParcoursFilter.current()) ? emptyText
                : getTranslation("parcours.list.empty.filtered"));
    }
}
