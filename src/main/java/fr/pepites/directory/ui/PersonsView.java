package fr.pepites.directory.ui;

import fr.pepites.ui.Grids;
import fr.pepites.ui.Card;
import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.pepites.common.InputBounds;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Person;
import fr.pepites.directory.PersonData;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.reference.ui.CommunePicker;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.ui.DataForm;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.SearchField;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The people the user's organisation follows: search, create, edit. */
@Route("personnes")
@PageTitle("Personnes · PEPITES")
@RolesAllowed({Role.Names.CEP_ADVISER, Role.Names.SIAE_DIRECTOR, Role.Names.SIAE_STAFF, Role.Names.COORDINATOR,
        Role.Names.ADMIN})
public class PersonsView extends HorizontalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DirectoryService directory;
    private final Grid<Person> grid = new Grid<>(Person.class, false);
    private final SearchField search = new SearchField("", this::refresh);
    private final DataForm<PersonData> form = new DataForm<>(PersonData.class);
    private final EmptyState empty;
    private Person editing;

    PersonsView(DirectoryService directory, ReferenceDataService referenceData, CurrentUserProvider currentUser) {
        this.directory = directory;
        setSizeFull();
        search.setId("person-search");
        search.setPlaceholder(getTranslation("persons.search"));
        Button create = new Button(getTranslation("persons.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.setId("new-person");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, create);

        grid.setId("person-grid");
        grid.addColumn(Person::getLastName).setHeader(getTranslation("persons.lastName")).setSortProperty("searchName");
        grid.addColumn(Person::getFirstName).setHeader(getTranslation("persons.firstName"))
                .setSortProperty("firstName");
        grid.addColumn(p -> DATE.format(p.getBirthDate())).setHeader(getTranslation("persons.birthDate"))
                .setSortProperty("birthDate");
        grid.addColumn(p -> p.getCommune().getLabel()).setHeader(getTranslation("persons.commune"))
                .setSortProperty("commune.name");
        grid.addColumn(p -> p.getOrganisation().getName()).setHeader(getTranslation("persons.organisation"));
        if (currentUser.require().is(Role.ADMIN)) {
            // The journal's view is the referral feature's (it shows the referrals' timelines too): reached by its route.
            grid.addComponentColumn(p -> {
                Button journal = new Button(getTranslation("persons.journal"), VaadinIcon.RECORDS.create(),
                        e -> UI.getCurrent().navigate("personnes/journal/" + p.getId()));
                journal.addClassName("person-journal-open");
                journal.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return journal;
            }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        Grids.cardsOnPhone(grid, getTranslation("persons.title"), p -> new Card(p.getFullName())
                .line(DATE.format(p.getBirthDate()) + " · " + p.getCommune().getLabel())
                .line(p.getOrganisation().getName()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        form.bind("firstName", new TextField(getTranslation("persons.firstName")), PersonData::getFirstName,
                PersonData::setFirstName);
        form.bind("lastName", new TextField(getTranslation("persons.lastName")), PersonData::getLastName,
                PersonData::setLastName);
        DatePicker birthDate = form.bind("birthDate", DateFields.date(getTranslation("persons.birthDate")),
                PersonData::getBirthDate, PersonData::setBirthDate);
        birthDate.setMin(InputBounds.earliestBirthDate(LocalDate.now()));
        birthDate.setMax(InputBounds.latestBirthDate(LocalDate.now()));
        form.bind("email", new TextField(getTranslation("persons.email")), PersonData::getEmail,
                PersonData::setEmail);
        form.bind("phone", new TextField(getTranslation("persons.phone")), PersonData::getPhone,
                PersonData::setPhone);
        form.bind("communeCode", new CommunePicker(getTranslation("persons.commune"), referenceData),
                d -> referenceData.findCommune(d.getCommuneCode()).orElse(null),
                (d, c) -> d.setCommuneCode(c == null ? null : c.getInseeCode()));
        form.onSave(data -> {
            if (editing == null) {
                directory.createPerson(data);
            } else {
                directory.updatePerson(editing.getId(), data);
            }
        }, data -> getTranslation(editing == null ? "persons.created" : "persons.saved",
                data.getFirstName() + " " + data.getLastName()), this::refresh);
        form.onClose(grid::deselectAll);

        empty = new EmptyState(VaadinIcon.USERS, getTranslation("persons.empty.title"),
                getTranslation("persons.empty.text"));
        VerticalLayout content = new VerticalLayout(new H2(getTranslation("persons.title")), toolbar, grid, empty);
        content.setSizeFull();
        add(content, form);
        refresh();
    }

    private void edit(Person person) {
        editing = person;
        form.edit(person == null ? getTranslation("persons.new") : person.getFullName(),
                person == null ? new PersonData() : directory.openPerson(person.getId()));
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> directory.searchPersons(text, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) directory.countPersons(text));
        boolean none = directory.countPersons(text) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }
}
