package fr.pepites.directory.ui;

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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Organisation;
import fr.pepites.directory.OrganisationData;
import fr.pepites.directory.OrganisationFilter;
import fr.pepites.directory.OrganisationKind;
import fr.pepites.directory.SiaeKind;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.reference.ui.CommunePicker;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.DataForm;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Grids;
import fr.pepites.ui.SearchField;
import fr.pepites.ui.StatusBadge;
import jakarta.annotation.security.RolesAllowed;

/** The directory of organisations: coordinators browse and search it, administrators also keep it. */
@Route("annuaire")
@PageTitle("Annuaire · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class OrganisationsView extends HorizontalLayout {

    private final DirectoryService directory;
    private final boolean admin;
    private final Grid<Organisation> grid = new Grid<>(Organisation.class, false);
    private final SearchField search = new SearchField("", this::refresh);
    private final Select<OrganisationKind> kind = new Select<>();
    private final CommunePicker commune;
    private final Checkbox includeInactive = new Checkbox();
    private final DataForm<OrganisationData> form = new DataForm<>(OrganisationData.class);
    private final EmptyState empty;
    private Organisation editing;
    private Button toggleButton;

    OrganisationsView(DirectoryService directory, ReferenceDataService referenceData,
            CurrentUserProvider currentUser) {
        this.directory = directory;
        this.admin = currentUser.require().is(Role.ADMIN);
        this.commune = new CommunePicker(null, referenceData);
        setSizeFull();

        search.setId("organisation-search");
        search.setPlaceholder(getTranslation("directory.search"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("directory.kind.all"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("directory.kind.all")
                : getTranslation("organisation.kind." + k.name()));
        kind.addValueChangeListener(e -> refresh());
        commune.setPlaceholder(getTranslation("directory.commune"));
        commune.addValueChangeListener(e -> refresh());
        includeInactive.setLabel(getTranslation("directory.includeInactive"));
        includeInactive.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, kind, commune, includeInactive);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        toolbar.setWrap(true);
        if (admin) {
            Button create = new Button(getTranslation("directory.new"), VaadinIcon.PLUS.create(),
                    e -> edit(null));
            create.setId("new-organisation");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.setId("organisation-grid");
        grid.addColumn(Organisation::getName).setHeader(getTranslation("organisation.name"))
                .setSortProperty("searchName").setFlexGrow(2);
        grid.addColumn(this::kindLabel).setHeader(getTranslation("organisation.kind")).setSortProperty("kind");
        grid.addColumn(o -> o.getCommune().getLabel()).setHeader(getTranslation("organisation.commune"))
                .setSortProperty("commune.name");
        grid.addColumn(Organisation::getSiret).setHeader(getTranslation("organisation.siret")).setWidth("10em");
        grid.addColumn(o -> o.getContactEmail() == null ? "" : o.getContactEmail())
                .setHeader(getTranslation("organisation.contact")).setWidth("16em");
        Grids.asWideAsContent(grid.addComponentColumn(row -> new StatusBadge(row.isActive()))
                .setHeader(getTranslation("common.status")));
        Grids.cardsOnPhone(grid, getTranslation("directory.title"), o -> new Card(o.getName())
                .line(kindLabel(o) + " · " + o.getCommune().getLabel())
                .line(o.getContactEmail())
                .with(new StatusBadge(o.isActive())));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        buildForm(referenceData);
        empty = new EmptyState(VaadinIcon.BUILDING, getTranslation("directory.empty.title"),
                getTranslation(admin ? "directory.empty.admin" : "directory.empty.text"));
        VerticalLayout content = new VerticalLayout(new H2(getTranslation("directory.title")), toolbar, grid, empty);
        content.setSizeFull();
        add(content, form);
        refresh();
    }

    private void buildForm(ReferenceDataService referenceData) {
        Select<OrganisationKind> kindField = new Select<>();
        kindField.setLabel(getTranslation("organisation.kind"));
        kindField.setItems(OrganisationKind.values());
        kindField.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name()));
        form.bind("kind", kindField, OrganisationData::getKind, OrganisationData::setKind);
        Select<SiaeKind> siaeKind = new Select<>();
        siaeKind.setLabel(getTranslation("organisation.siaeKind"));
        siaeKind.setItems(SiaeKind.values());
        siaeKind.setItemLabelGenerator(k -> getTranslation("organisation.siaeKind." + k.name()));
        form.bind("siaeKind", siaeKind, OrganisationData::getSiaeKind, OrganisationData::setSiaeKind);
        kindField.addValueChangeListener(e -> siaeKind.setVisible(e.getValue() == OrganisationKind.SIAE));
        TextField name = form.bind("name", new TextField(getTranslation("organisation.name")),
                OrganisationData::getName, OrganisationData::setName);
        name.setId("organisation-name");
        TextField siret = form.bind("siret", new TextField(getTranslation("organisation.siret")),
                OrganisationData::getSiret, OrganisationData::setSiret);
        siret.setId("organisation-siret");
        siret.setHelperText(getTranslation("organisation.siret.help"));
        form.bind("addressLine", new TextField(getTranslation("organisation.address")),
                OrganisationData::getAddressLine, OrganisationData::setAddressLine);
        CommunePicker communeField = new CommunePicker(getTranslation("organisation.commune"), referenceData);
        communeField.setId("organisation-commune");
        form.bind("communeCode", communeField, d -> referenceData.findCommune(d.getCommuneCode()).orElse(null),
                (d, c) -> d.setCommuneCode(c == null ? null : c.getInseeCode()));
        form.bind("contactName", new TextField(getTranslation("organisation.contactName")),
                OrganisationData::getContactName, OrganisationData::setContactName);
        form.bind("contactEmail", new TextField(getTranslation("organisation.contactEmail")),
                OrganisationData::getContactEmail, OrganisationData::setContactEmail);
        form.bind("contactPhone", new TextField(getTranslation("organisation.contactPhone")),
                OrganisationData::getContactPhone, OrganisationData::setContactPhone);
        form.onSave(data -> {
            if (editing == null) {
                directory.createOrganisation(data);
            } else {
                directory.updateOrganisation(editing.getId(), data);
            }
        }, data -> getTranslation(editing == null ? "directory.created" : "directory.saved", data.getName()),
                this::refresh);
        form.onClose(grid::deselectAll);
        if (admin) {
            Button toggle = new Button(getTranslation("directory.deactivate"), e -> confirmToggleActive());
            toggle.setId("toggle-organisation-active");
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            form.add(toggle);
            toggleButton = toggle;
        }
        form.setReadOnly(!admin);
    }

    private void edit(Organisation organisation) {
        editing = organisation;
        if (organisation == null) {
            form.edit(getTranslation("directory.new"), new OrganisationData());
        } else {
            form.edit(organisation.getName(), organisation.toData());
        }
        if (toggleButton != null) {
            toggleButton.setVisible(organisation != null);
            toggleButton.setText(getTranslation(organisation != null && !organisation.isActive()
                    ? "directory.reactivate" : "directory.deactivate"));
        }
    }

    private void confirmToggleActive() {
        boolean activate = !editing.isActive();
        String action = getTranslation(activate ? "directory.reactivate" : "directory.deactivate");
        Confirm.ask(action, getTranslation(activate ? "directory.reactivate.confirm" : "directory.deactivate.confirm",
                editing.getName()), action, !activate,
                () -> directory.setOrganisationActive(editing.getId(), activate),
                getTranslation(activate ? "directory.reactivated" : "directory.deactivated", editing.getName()),
                () -> {
                    form.close();
                    refresh();
                });
    }

    private OrganisationFilter filter() {
        return new OrganisationFilter(search.getValue(), kind.getValue(), commune.getInseeCode(),
                includeInactive.getValue());
    }

    private void refresh() {
        OrganisationFilter filter = filter();
        grid.setItems(query -> directory.searchOrganisations(filter,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.countOrganisations(filter));
        boolean none = directory.countOrganisations(filter) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    private String kindLabel(Organisation organisation) {
        String label = getTranslation("organisation.kind." + organisation.getKind().name());
        return organisation.getSiaeKind() == null ? label : label + " · " + organisation.getSiaeKind().name();
    }

}
