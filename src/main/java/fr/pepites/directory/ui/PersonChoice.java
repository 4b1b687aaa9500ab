package fr.pepites.directory.ui;

import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.pepites.common.InputBounds;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Person;
import fr.pepites.directory.PersonData;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.reference.ui.CommunePicker;
import fr.pepites.ui.FieldErrors;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The person a form is about, the same in every form that hands someone on (a referral, a parcours recorded by hand):
 * one the organisation already follows, or a new one, whom the directory's duplicate check may take for someone
 * already followed (then the user confirms it is another person). Field errors are those of
 * {@link DirectoryService#newPersonErrors} with the prefix "newPerson.", and "personId".
 */
public class PersonChoice extends VerticalLayout {

    private final DirectoryService directory;
    private final RadioButtonGroup<Boolean> existing = new RadioButtonGroup<>();
    private final ComboBox<Person> person = new ComboBox<>();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private static final java.time.format.DateTimeFormatter BIRTH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DatePicker birthDate = DateFields.date();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final CommunePicker commune;
    private final Checkbox notADuplicate = new Checkbox();

    /**
     * @param withCommune whether a new person's commune is asked here (a referral asks it once, for its situation)
     * @param onPicked told of the person picked among those followed (null when cleared)
     */
    public PersonChoice(String idPrefix, DirectoryService directory, ReferenceDataService referenceData,
            boolean withCommune, Consumer<Person> onPicked) {
        this.directory = directory;
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
        person.setItemLabelGenerator(p -> p.getFullName() + " · " + BIRTH_DATE.format(p.getBirthDate()) + " · "
                + p.getCommune().getName());
        person.addValueChangeListener(e -> onPicked.accept(e.getValue()));
        firstName.setLabel(getTranslation("persons.firstName"));
        firstName.setId(idPrefix + "-first-name");
        lastName.setLabel(getTranslation("persons.lastName"));
        lastName.setId(idPrefix + "-last-name");
        birthDate.setLabel(getTranslation("persons.birthDate"));
        birthDate.setId(idPrefix + "-birth-date");
        birthDate.setMin(InputBounds.earliestBirthDate(LocalDate.now()));
        birthDate.setMax(InputBounds.latestBirthDate(LocalDate.now()));
        email.setLabel(getTranslation("persons.email"));
        email.setId(idPrefix + "-email");
        phone.setId(idPrefix + "-phone");
        phone.setLabel(getTranslation("persons.phone"));
        FormLayout newPerson = new FormLayout(firstName, lastName, birthDate);
        if (withCommune) {
            commune = new CommunePicker(getTranslation("persons.commune"), referenceData);
            commune.setId(idPrefix + "-person-commune");
            newPerson.add(commune);
        } else {
            commune = null;
        }
        newPerson.add(email, phone);
        notADuplicate.setLabel(getTranslation("referralForm.notADuplicate"));
        notADuplicate.setVisible(false);
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

    /** Shows a form saved before (a draft): the person picked, or the new person's fields. */
    public void setValue(Long personId, PersonData newPerson, boolean notADuplicate) {
        existing.setValue(personId != null);
        person.setValue(personId == null ? null : directory.findPerson(personId).orElse(null));
        if (newPerson != null) {
            firstName.setValue(orEmpty(newPerson.getFirstName()));
            lastName.setValue(orEmpty(newPerson.getLastName()));
            birthDate.setValue(newPerson.getBirthDate());
            email.setValue(orEmpty(newPerson.getEmail()));
            phone.setValue(orEmpty(newPerson.getPhone()));
            if (commune != null) {
                commune.setInseeCode(newPerson.getCommuneCode());
            }
        }
        this.notADuplicate.setValue(notADuplicate);
    }

    public Long personId() {
        return existing.getValue() && person.getValue() != null ? person.getValue().getId() : null;
    }

    /** The new person's form, or null when the user chose to pick someone already followed. */
    public PersonData newPerson() {
        if (existing.getValue()) {
            return null;
        }
        PersonData data = new PersonData();
        data.setFirstName(firstName.getValue());
        data.setLastName(lastName.getValue());
        data.setBirthDate(birthDate.getValue());
        data.setEmail(email.isEmpty() ? null : email.getValue());
        data.setPhone(phone.isEmpty() ? null : phone.getValue());
        data.setCommuneCode(commune == null ? null : commune.getInseeCode());
        return data;
    }

    public boolean notADuplicate() {
        return notADuplicate.getValue();
    }

    /** Binds this choice's fields to the errors of a form; "personId" shows under the choice itself. */
    public FieldErrors bind(FieldErrors errors) {
        errors.bind("personId", existing).bind("newPerson.firstName", firstName).bind("newPerson.lastName", lastName)
                .bind("newPerson.birthDate", birthDate).bind("newPerson.email", email).bind("newPerson.phone", phone);
        return commune == null ? errors : errors.bind("newPerson.communeCode", commune);
    }

    /** After a refusal: offers to confirm it is another person when the directory found a namesake. */
    public void showDuplicateChoiceIf(InvalidInputException error) {
        if (error.messageFor("personId") != null && error.messageFor("personId").contains("déjà suivie")) {
            notADuplicate.setVisible(true);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
