package fr.pepites.parcours.ui;

import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.common.InputBounds;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.ui.PersonChoice;
import fr.pepites.parcours.Parcours;
import fr.pepites.parcours.ParcoursData;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.reference.ui.JobTitlePicker;
import fr.pepites.security.Role;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.Notifications;
import fr.pepites.ui.UnsavedChanges;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/** A parcours recorded by hand by its SIAE, for someone hired outside the platform. */
@Route("parcours/nouveau")
@PageTitle("Nouveau parcours · PEPITES")
@RolesAllowed({Role.Names.SIAE_DIRECTOR, Role.Names.SIAE_STAFF})
public class ParcoursFormView extends VerticalLayout {

    private final UnsavedChanges unsaved = UnsavedChanges.guard(this);

    ParcoursFormView(ParcoursService parcours, DirectoryService directory, ReferenceDataService referenceData) {
        ContractTermsFields terms = new ContractTermsFields(parcours, this, null, null);
        PersonChoice person = new PersonChoice("parcours", directory, referenceData, true,
                picked -> terms.setPerson(picked == null ? null : picked.getId()));
        JobTitlePicker job = new JobTitlePicker(getTranslation("parcours.job"), referenceData);
        job.setId("parcours-job");
        DatePicker start = DateFields.date(getTranslation("parcours.form.start"));
        start.setId("parcours-start-field");
        start.setMin(InputBounds.earliestRecentHire(LocalDate.now()));
        start.setMax(InputBounds.latestAhead(LocalDate.now()));
        FormLayout contract = new FormLayout(job, start);
        contract.add(terms.fields());

        FieldErrors errors = terms.bind(person.bind(new FieldErrors()).bind("jobTitleCode", job)
                .bind("startDate", start));
        Button save = new Button(getTranslation("parcours.form.save"), e -> {
            try {
                errors.requireReadable();
                Parcours created = parcours.create(new ParcoursData(person.personId(), person.newPerson(),
                        person.notADuplicate(), job.getValue() == null ? null : job.getValue().getCode(),
                        start.getValue(), terms.terms()));
                Notifications.success(getTranslation("parcours.form.saved", created.businessKey()));
                unsaved.saved();
                getUI().ifPresent(ui -> ui.navigate(ParcoursDetailView.class, created.getId()));
            } catch (InvalidInputException error) {
                person.showDuplicateChoiceIf(error);
                errors.show(error);
            }
        });
        save.setId("parcours-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("parcours.form.title")), new Paragraph(getTranslation("parcours.form.intro")),
                errors.summary(), person, contract, save);
    }

}
