package fr.pepites.twinning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.pepites.security.Role;
import fr.pepites.twinning.TwinningFilter;
import fr.pepites.twinning.TwinningRow;
import fr.pepites.twinning.ThemeCatalogue;
import fr.pepites.twinning.TwinningService;
import fr.pepites.twinning.TwinningStatus;
import fr.pepites.ui.Card;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Grids;
import fr.pepites.ui.SearchField;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Jumelages": an SIAE's requests and twinnings, a tiers-lieu's, or (network staff) every one, by stage, theme and
 * name, latest change first.
 */
@Route("jumelages")
@PageTitle("Jumelages · PEPITES")
@RolesAllowed({Role.Names.SIAE_DIRECTOR, Role.Names.SIAE_STAFF, Role.Names.TIERS_LIEU_MANAGER,
        Role.Names.COORDINATOR, Role.Names.ADMIN})
public class TwinningsView extends VerticalLayout {

    private final TwinningService twinnings;
    private final Grid<TwinningRow> grid = new Grid<>();
    private final SearchField search = new SearchField("", this::refresh);
    private final Select<TwinningStatus> status = new Select<>();
    private final Select<String> theme = new Select<>();
    private final EmptyState empty;
    private final Map<String, String> themes;

    TwinningsView(TwinningService twinnings, ThemeCatalogue catalogue) {
        this.twinnings = twinnings;
        this.themes = catalogue.labels();
        setSizeFull();
        search.setId("twinnings-search");
        search.setPlaceholder(getTranslation("twinning.list.search"));
        status.setId("twinnings-status");
        status.setEmptySelectionAllowed(true);
        status.setItems(TwinningStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("twinning.list.allStages")
                : getTranslation("twinning.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        theme.setEmptySelectionAllowed(true);
        theme.setItems(themes.keySet());
        theme.setItemLabelGenerator(c -> c == null ? getTranslation("twinning.list.allThemes") : themes.get(c));
        theme.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, status, theme);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        boolean siae = new AccessAnnotationChecker().hasAccess(TwinningFormView.class);
        if (siae) {
            Button create = new Button(getTranslation("twinning.list.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(TwinningFormView.class)));
            create.setId("new-twinning");
            toolbar.add(create);
        }
        grid.setId("twinnings-grid");
        grid.addColumn(TwinningRow::businessKey).setHeader(getTranslation("twinning.reference")).setAutoWidth(true);
        grid.addColumn(TwinningRow::siaeName).setHeader(getTranslation("twinning.siae"));
        grid.addColumn(r -> r.tiersLieuName() == null ? "—" : r.tiersLieuName())
                .setHeader(getTranslation("twinning.tiersLieu"));
        Grids.asWideAsContent(grid.addComponentColumn(r -> new TwinningStatusBadge(r.status()))
                .setHeader(getTranslation("common.status")));
        grid.addColumn(r -> r.themeCodes().stream().map(c -> themes.getOrDefault(c, c))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("twinning.themes")).setFlexGrow(2);
        grid.addColumn(TwinningRow::participants).setHeader(getTranslation("twinning.participants"));
        grid.addColumn(this::dates).setHeader(getTranslation("twinning.dates")).setFlexGrow(2);
        // On a phone each twinning is a card: who with whom, its dates and status; a tap opens it.
        Grids.cardsOnPhone(grid, getTranslation("twinning.list.title"), r -> new Card(r.businessKey() + " · "
                + r.siaeName())
                .line(r.tiersLieuName())
                .line(dates(r))
                .with(new TwinningStatusBadge(r.status())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TwinningDetailView.class,
                e.getItem().id())));
        empty = new EmptyState(VaadinIcon.CONNECT, getTranslation("twinning.list.empty.title"),
                getTranslation(siae ? "twinning.list.empty.siae" : "twinning.list.empty.text"));
        add(new H2(getTranslation("twinning.list.title")), toolbar, grid, empty);
        refresh();
    }

    /** The four days once placed, or the window the SIAE asked for. */
    private String dates(TwinningRow r) {
        return r.days().isEmpty() ? getTranslation("twinning.window.text",
                TwinningSummary.DATE.format(r.earliestStart()), TwinningSummary.DATE.format(r.latestEnd()))
                : r.days().stream().map(TwinningSummary.DATE::format).collect(Collectors.joining(", "));
    }

    private void refresh() {
        TwinningFilter filter = new TwinningFilter(status.getValue(), theme.getValue(), search.getValue());
        grid.setItems(query -> twinnings.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) twinnings.count(filter));
        boolean none = twinnings.count(filter) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }
}
