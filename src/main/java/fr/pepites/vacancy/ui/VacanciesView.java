package fr.pepites.vacancy.ui;

import fr.pepites.ui.Grids;
import fr.pepites.ui.Card;
import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.pepites.common.InputBounds;
import fr.pepites.reference.Licence;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.reference.ui.CommunePicker;
import fr.pepites.reference.ui.JobTitlePicker;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.DataForm;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.SearchField;
import fr.pepites.vacancy.ContractType;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.vacancy.VacancyData;
import fr.pepites.vacancy.VacancyFilter;
import fr.pepites.vacancy.VacancyKind;
import fr.pepites.vacancy.VacancyService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The vacancies (fiches de poste): an SIAE keeps its own, coordinators browse them all. */
@Route("fiches-de-poste")
@PageTitle("Fiches de poste · PEPITES")
@RolesAllowed({Role.Names.SIAE_DIRECTOR, Role.Names.SIAE_STAFF, Role.Names.COORDINATOR, Role.Names.ADMIN})
public class VacanciesView extends HorizontalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final VacancyService vacancies;
    private final boolean siae;
    private final Grid<Vacancy> grid = new Grid<>(Vacancy.class, false);
    private final SearchField search = new SearchField("", this::refresh);
    private final Checkbox onlyOpen = new Checkbox();
    private final DataForm<VacancyData> form = new DataForm<>(VacancyData.class);
    private final EmptyState empty;
    private Vacancy editing;
    private Button toggle;

    VacanciesView(VacancyService vacancies, ReferenceDataService referenceData, CurrentUserProvider currentUser) {
        this.vacancies = vacancies;
        this.siae = currentUser.require().is(Role.SIAE_DIRECTOR) || currentUser.require().is(Role.SIAE_STAFF);
        setSizeFull();
        search.setPlaceholder(getTranslation("vacancies.search"));
        onlyOpen.setLabel(getTranslation("vacancies.onlyOpen"));
        onlyOpen.setValue(true);
        onlyOpen.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, onlyOpen);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (siae) {
            Button create = new Button(getTranslation("vacancies.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            create.setId("new-vacancy");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.setId("vacancy-grid");
        grid.addColumn(v -> v.getJobTitle().getName()).setHeader(getTranslation("vacancies.jobTitle")).setFlexGrow(2)
                .setSortProperty("jobTitle.name");
        grid.addColumn(v -> v.getSiae().getName()).setHeader(getTranslation("vacancies.siae"))
                .setSortProperty("siae.name").setVisible(!siae);
        grid.addColumn(v -> getTranslation("vacancy.kind." + v.getKind().name()) + " · " + v.getContractType().name())
                .setHeader(getTranslation("vacancies.contract"));
        grid.addColumn(Vacancy::getSeats).setHeader(getTranslation("vacancies.seats")).setSortProperty("seats");
        grid.addColumn(v -> v.getCommune().getLabel()).setHeader(getTranslation("vacancies.commune"));
        grid.addColumn(v -> DATE.format(v.getStartDate())).setHeader(getTranslation("vacancies.startDate"))
                .setSortProperty("startDate");
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("common.status"));
        Grids.cardsOnPhone(grid, getTranslation("vacancies.title"), v -> new Card(v.getJobTitle().getName())
                .line(siae ? null : v.getSiae().getName())
                .line(v.getCommune().getLabel() + " · " + DATE.format(v.getStartDate()))
                .with(statusBadge(v)));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        buildForm(referenceData);
        empty = new EmptyState(VaadinIcon.CLIPBOARD_TEXT, getTranslation("vacancies.empty.title"),
                getTranslation(siae ? "vacancies.empty.siae" : "vacancies.empty.text"));
        VerticalLayout content = new VerticalLayout(new H2(getTranslation("vacancies.title")), toolbar, grid, empty);
        content.setSizeFull();
        add(content, form);
        refresh();
    }

    private void buildForm(ReferenceDataService referenceData) {
        JobTitlePicker jobTitle = new JobTitlePicker(getTranslation("vacancies.jobTitle"), referenceData);
        form.bind("jobTitleCode", jobTitle, d -> referenceData.findJobTitle(d.getJobTitleCode()).orElse(null),
                (d, j) -> d.setJobTitleCode(j == null ? null : j.getCode()));
        Select<VacancyKind> kind = new Select<>();
        kind.setLabel(getTranslation("vacancies.kind"));
        kind.setItems(VacancyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("vacancy.kind." + k.name()));
        form.bind("kind", kind, VacancyData::getKind, VacancyData::setKind);
        Select<ContractType> contract = new Select<>();
        contract.setLabel(getTranslation("vacancies.contract"));
        contract.setItems(ContractType.values());
        contract.setItemLabelGenerator(c -> getTranslation("vacancy.contract." + c.name()));
        form.bind("contractType", contract, VacancyData::getContractType, VacancyData::setContractType);
        IntegerField hours = new IntegerField(getTranslation("vacancies.hours"));
        hours.setMin(1);
        hours.setMax(InputBounds.MAX_WEEKLY_HOURS);
        form.bind("hoursPerWeek", hours, VacancyData::getHoursPerWeek, (d, v) -> d.setHoursPerWeek(v == null ? 0 : v));
        IntegerField seats = new IntegerField(getTranslation("vacancies.seats"));
        seats.setStepButtonsVisible(true);
        form.bind("seats", seats, VacancyData::getSeats, (d, v) -> d.setSeats(v == null ? 0 : v));
        CommunePicker commune = new CommunePicker(getTranslation("vacancies.commune"), referenceData);
        form.bind("communeCode", commune, d -> referenceData.findCommune(d.getCommuneCode()).orElse(null),
                (d, c) -> d.setCommuneCode(c == null ? null : c.getInseeCode()));
        DatePicker start = DateFields.date(getTranslation("vacancies.startDate"));
        start.setMax(InputBounds.latestAhead(LocalDate.now()));
        form.bind("startDate", start, VacancyData::getStartDate, VacancyData::setStartDate);
        CheckboxGroup<Licence> licences = new CheckboxGroup<>(getTranslation("vacancies.licences"));
        licences.setItems(Licence.values());
        licences.setItemLabelGenerator(l -> getTranslation("licence." + l.name()));
        form.bind("requiredLicences", licences, VacancyData::getRequiredLicences, VacancyData::setRequiredLicences);
        TextArea description = new TextArea(getTranslation("vacancies.description"));
        form.bind("description", description, VacancyData::getDescription, VacancyData::setDescription);
        form.fields().setColspan(description, 2);
        form.onSave(data -> {
            if (editing == null) {
                vacancies.create(data);
            } else {
                vacancies.update(editing.getId(), data);
            }
        }, data -> getTranslation(editing == null ? "vacancies.created" : "vacancies.saved"),
                this::refresh);
        form.onClose(grid::deselectAll);
        if (siae) {
            toggle = new Button(getTranslation("vacancies.close"), e -> confirmToggle());
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            form.add(toggle);
        }
        form.setReadOnly(!siae);
    }

    private void edit(Vacancy vacancy) {
        editing = vacancy;
        VacancyData data = vacancy == null ? new VacancyData() : vacancy.toData();
        if (vacancy == null) {
            data.setStartDate(LocalDate.now().plusDays(14));
        }
        form.edit(vacancy == null ? getTranslation("vacancies.new") : vacancy.getJobTitle().getName(), data);
        if (toggle != null) {
            toggle.setVisible(vacancy != null);
            toggle.setText(getTranslation(vacancy != null && !vacancy.isOpen() ? "vacancies.reopen" : "vacancies.close"));
        }
    }

    private void confirmToggle() {
        boolean open = !editing.isOpen();
        String action = getTranslation(open ? "vacancies.reopen" : "vacancies.close");
        Confirm.ask(action, getTranslation(open ? "vacancies.reopen.confirm" : "vacancies.close.confirm"), action,
                !open, () -> vacancies.setOpen(editing.getId(), open),
                getTranslation(open ? "vacancies.reopened" : "vacancies.closed"), () -> {
                    form.close();
                    refresh();
                });
    }

    private Component statusBadge(Vacancy vacancy) {
        String key = !vacancy.isOpen() ? "vacancies.status.closed"
                : vacancy.isStale(Instant.now()) ? "vacancies.status.stale" : "vacancies.status.open";
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(!vacancy.isOpen() ? "badge contrast"
                : vacancy.isStale(Instant.now()) ? "badge warning" : "badge success");
        if (vacancy.isStale(Instant.now())) {
            badge.setTitle(getTranslation("vacancies.status.stale.help"));
        }
        return badge;
    }

    private void refresh() {
        VacancyFilter filter = new VacancyFilter(search.getValue(), onlyOpen.getValue(), null);
        grid.setItems(query -> vacancies.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) vacancies.count(filter));
        boolean none = vacancies.count(filter) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }
}
