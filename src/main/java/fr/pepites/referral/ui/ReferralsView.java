package fr.pepites.referral.ui;

import fr.pepites.ui.Card;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.ui.OrganisationPicker;
import fr.pepites.referral.ReferralFilter;
import fr.pepites.referral.ReferralRow;
import fr.pepites.referral.ReferralService;
import fr.pepites.referral.ReferralStatus;
import fr.pepites.security.Role;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Grids;
import fr.pepites.ui.SearchField;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** "Mes orientations": an adviser's referrals, or those sent to an SIAE, with their status and age. */
@Route("orientations")
@PageTitle("Orientations · PEPITES")
@RolesAllowed({Role.Names.CEP_ADVISER, Role.Names.SIAE_DIRECTOR, Role.Names.SIAE_STAFF, Role.Names.COORDINATOR,
        Role.Names.ADMIN})
public class ReferralsView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Europe/Paris"));

    private final ReferralService referrals;
    private final Grid<ReferralRow> grid = new Grid<>();
    private final SearchField search = new SearchField("", this::refresh);
    private final Select<ReferralStatus> status = new Select<>();
    private final Checkbox onlyOpen = new Checkbox();
    private final OrganisationPicker siae;
    private final EmptyState empty;
    private final String emptyText;

    ReferralsView(ReferralService referrals, DirectoryService directory) {
        this.referrals = referrals;
        setSizeFull();
        search.setId("referral-search");
        search.setPlaceholder(getTranslation("referrals.search"));
        status.setEmptySelectionAllowed(true);
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("referrals.status.all")
                : getTranslation("referral.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        onlyOpen.setLabel(getTranslation("referrals.onlyOpen"));
        onlyOpen.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, status);
        siae = OrganisationPicker.siae(null, directory);
        if (referrals.listsSeveralSiae()) {
            siae.setId("referral-siae");
            siae.setPlaceholder(getTranslation("referrals.siae.all"));
            siae.setMinWidth("18rem");
            siae.addValueChangeListener(e -> refresh());
            toolbar.add(siae);
        }
        toolbar.add(onlyOpen);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        toolbar.setWrap(true);
        boolean adviser = new AccessAnnotationChecker().hasAccess(ReferralFormView.class);
        if (adviser) {
            Button create = new Button(getTranslation("referrals.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ReferralFormView.class)));
            create.setId("new-referral");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.setId("referral-grid");
        grid.addColumn(ReferralRow::reference).setHeader(getTranslation("referrals.reference")).setAutoWidth(true);
        // Names and job titles wrap between their words, none of which is cut: a long word gets the room it needs.
        grid.addColumn(ReferralRow::personName).setHeader(getTranslation("referrals.person"))
                .setSortProperty("person.searchName").setWidth("9em");
        Grids.asWideAsContent(grid.addComponentColumn(row -> new ReferralStatusBadge(row.status()))
                .setHeader(getTranslation("common.status")).setSortProperty("status"));
        grid.addColumn(row -> row.siaeName() == null ? "—" : row.siaeName()).setHeader(getTranslation("referrals.siae"));
        grid.addColumn(row -> row.jobTitle() == null ? "—" : row.jobTitle()).setHeader(getTranslation("referrals.job"))
                .setWidth("10em");
        Grids.asWideAsContent(grid.addColumn(row -> getTranslation("referrals.age.days", row.ageInDays(Instant.now())))
                .setHeader(getTranslation("referrals.age")).setSortProperty("createdAt"));
        Grids.asWideAsContent(grid.addColumn(row -> DATE.format(row.statusChangedAt()))
                .setHeader(getTranslation("referrals.changed")).setSortProperty("statusChangedAt"));
        grid.addColumn(ReferralRow::adviserName).setHeader(getTranslation("referrals.adviser")).setVisible(!adviser);
        // On a phone each referral is a card: its number and person, where it goes, its status; a tap opens it.
        Grids.cardsOnPhone(grid, getTranslation("referrals.title"), row -> new Card(row.reference() + " · "
                + row.personName())
                .line(row.siaeName() == null ? null : row.siaeName() + (row.jobTitle() == null ? "" : " · "
                        + row.jobTitle()))
                .line(getTranslation("referrals.changed") + " : " + DATE.format(row.statusChangedAt()))
                .with(new ReferralStatusBadge(row.status())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReferralDetailView.class, e.getItem().id())));

        emptyText = getTranslation(adviser ? "referrals.empty.adviser" : "referrals.empty.text");
        empty = new EmptyState(VaadinIcon.PAPERPLANE, getTranslation("referrals.empty.title"), emptyText);
        add(new H2(getTranslation("referrals.title")), toolbar, grid, empty);
        refresh();
    }

    private void refresh() {
        ReferralFilter filter = new ReferralFilter(search.getValue(), status.getValue(), onlyOpen.getValue(),
                siae.getValue() == null ? null : siae.getValue().getId());
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            if (page.getSort().isUnsorted()) {
                page = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "statusChangedAt"));
            }
            return referrals.search(filter, page).stream();
        }, query -> (int) referrals.count(filter));
        boolean none = !referrals.any(filter);
        grid.setVisible(!none);
        empty.setVisible(none);
        empty.setNextStep(filter.equals(ReferralFilter.all()) ? emptyText : getTranslation("referrals.empty.filtered"));
    }
}
