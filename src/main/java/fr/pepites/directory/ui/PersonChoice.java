package fr.pepites.directory.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Person;
import fr.pepites.directory.PersonData;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.reference.ui.CommunePicker;
import fr.pepites.ui.FieldErrors;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The person a form is about: one the organisation already follows, or a new one, whom the directory's duplicate check
 * may take for someone already followed (then the user confirms it is another person). Field errors are those of
 * {@link DirectoryService#createPersonUnlessDuplicate} with the prefix "newPerson.".
 */
public class PersonChoice extends VerticalLayout {

    private final RadioButtonGroup<Boolean> existing = new RadioButtonGroup<>();
    private final ComboBox<Person> person = new ComboBox<>();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final DatePicker birthDate = new DatePicker();
    private final CommunePicker commune;
    private final Checkbox notADuplicate = new Checkbox();

    public PersonChoice(String idPrefix, DirectoryService directory, ReferenceDataService referenceData,
            Consumer<Long> onPersonPicked) {
        setPadding(false);
        existing.setLabel(getTranslation("referralForm.person"));
        existing.setItems(true, false);
        existing.setItemLabelGenerator(b -> getTranslation(b ? "referralForm.person.existing"
                : "referralForm.person.new"));
        existing.setValue(false);
        person.setLabel(getTranslation("referralForm.person.pick"));
        person.setId(idPrefix + "-person");
        person.setWidth("28rem");
        person.setItems(query -> directory.searchPersons(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("searchName"))).stream());
        person.setItemLabelGenerator(p -> p.getFullName() + " · " + p.getBirthDate() + " · " + p.getCommune().getName());
        person.addValueChangeListener(e -> onPersonPicked.accept(e.getValue() == null ? null : e.getValue().getId()));
        firstName.setLabel(getTranslation("persons.firstName"));
        firstName.setId(idPrefix + "-first-name");
        lastName.setLabel(getTranslation("persons.lastName"));
        lastName.setId(idPrefix + "-last-name");
        birthDate.setLabel(getTranslation("persons.birthDate"));
        birthDate.setId(idPrefix + "-birth-date");
        birthDate.setLocale(getLocale());
        commune = new CommunePicker(getTranslation("persons.commune"), referenceData);
        commune.setId(idPrefix + "-commune");
        notADuplicate.setLabel(getTranslation("referralForm.notADuplicate"));
        notADuplicate.setVisible(false);
        FormLayout newPerson = new FormLayout(firstName, lastName, birthDate, commune);
        Runnable mode = () -> {
            person.setVisible(existing.getValue());
            newPerson.setVisible(!existing.getValue());
        };
        existing.addValueChangeListener(e -> {
            if (!e.getValue()) {
                person.clear();
            }
            mode.run();
        });
        mode.run();
        add(existing, person, newPerson, notADuplicate);
    }

    public Long personId() {
        return existing.getValue() && person.getValue() != null ? person.getValue().getId() : null;
    }

    /** The new person's form, or null when an existing person is picked. */
    public PersonData newPerson() {
        if (existing.getValue()) {
            return null;
        }
        PersonData data = new PersonData();
        data.setFirstName(firstName.getValue());
        data.setLastName(lastName.getValue());
        data.setBirthDate(birthDate.getValue());
        data.setCommuneCode(commune.getInseeCode());
        return data;
    }

    public boolean notADuplicate() {
        return notADuplicate.getValue();
    }

    public FieldErrors bind(FieldErrors errors) {
        return errors.bind("personId", existing.getValue() ? person : lastName).bind("newPerson.firstName", firstName)
                .bind("newPerson.lastName", lastName).bind("newPerson.birthDate", birthDate)
                .bind("newPerson.communeCode", commune);
    }

    /** After a refusal: offers to confirm it is another person when the directory found a namesake. */
    public void showDuplicateChoiceIf(InvalidInputException error) {
        if (foundNamesake(error)) {
            notADuplicate.setVisible(true);
        }
    }

    /** Whether the directory refused a new person as probably someone it already follows. */
    public static boolean foundNamesake(InvalidInputException error) {
        return error.messageFor("personId") != null && error.messageFor("personId").contains("déjà suivie");
    }
}
