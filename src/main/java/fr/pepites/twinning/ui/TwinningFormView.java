package fr.pepites.twinning.ui;

import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.common.InputBounds;
import fr.pepites.directory.Person;
import fr.pepites.directory.UserAccount;
import fr.pepites.security.Role;
import fr.pepites.twinning.Participant;
import fr.pepites.twinning.Rhythm;
import fr.pepites.twinning.Theme;
import fr.pepites.twinning.TwinningData;
import fr.pepites.twinning.TwinningDetails;
import fr.pepites.twinning.ThemeCatalogue;
import fr.pepites.twinning.TwinningService;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.Notifications;
import fr.pepites.ui.UnsavedChanges;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An SIAE's twinning request, new ("jumelages/demande") or a draft ("jumelages/demande/12"): themes, participants by
 * name, window, rhythm, the weekdays the SIAE cannot release people, the farthest it travels. Saved as a draft or
 * sent to the coordination, each in one action.
 */
@Route("jumelages/demande")
@PageTitle("Demande de jumelage · PEPITES")
@RolesAllowed({Role.Names.SIAE_DIRECTOR, Role.Names.SIAE_STAFF})
public class TwinningFormView extends VerticalLayout implements HasUrlParameter<Long> {

    private final UnsavedChanges unsaved = UnsavedChanges.guard(this);

    private final TwinningService twinnings;
    private final CheckboxGroup<Theme> themes = new CheckboxGroup<>();
    private final MultiSelectComboBox<Person> employees = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<UserAccount> staff = new MultiSelectComboBox<>();
    private final DatePicker earliest = DateFields.date();
    private final DatePicker latest = DateFields.date();
    private final RadioButtonGroup<Rhythm> rhythm = new RadioButtonGroup<>();
    private final CheckboxGroup<DayOfWeek> unavailable = new CheckboxGroup<>();
    private final IntegerField maxKm = new IntegerField();
    private final TextArea note = new TextArea();
    private final FieldErrors errors = new FieldErrors();
    private Long id;
    private long version;

    TwinningFormView(TwinningService twinnings, ThemeCatalogue catalogue) {
        this.twinnings = twinnings;
        themes.setLabel(getTranslation("twinning.themes"));
        themes.setId("twinning-themes");
        themes.setItems(catalogue.themes(true));
        themes.setItemLabelGenerator(Theme::getLabel);
        TwinningService.Candidates candidates = twinnings.candidatesOfMySiae();
        employees.setLabel(getTranslation("twinning.form.employees"));
        employees.setId("twinning-employees");
        employees.setItems(candidates.employees());
        employees.setItemLabelGenerator(Person::getFullName);
        employees.setHelperText(getTranslation("twinning.form.employees.help"));
        staff.setLabel(getTranslation("twinning.form.staff"));
        staff.setId("twinning-staff");
        staff.setItems(candidates.staff());
        staff.setItemLabelGenerator(UserAccount::getFullName);
        earliest.setLabel(getTranslation("twinning.form.earliest"));
        earliest.setId("twinning-earliest");
        earliest.setMin(LocalDate.now());
        earliest.setMax(InputBounds.latestAhead(LocalDate.now()));
        latest.setLabel(getTranslation("twinning.form.latest"));
        latest.setId("twinning-latest");
        rhythm.setLabel(getTranslation("twinning.rhythm"));
        rhythm.setId("twinning-rhythm");
        rhythm.setItems(Rhythm.values());
        rhythm.setItemLabelGenerator(r -> getTranslation("twinning.rhythm." + r.name()));
        rhythm.setValue(Rhythm.CONSECUTIVE_DAYS);
        unavailable.setLabel(getTranslation("twinning.unavailable"));
        unavailable.setItems(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        unavailable.setItemLabelGenerator(d -> TwinningSummary.weekdays(List.of(d)));
        maxKm.setLabel(getTranslation("twinning.maxKm"));
        maxKm.setId("twinning-max-km");
        maxKm.setSuffixComponent(new com.vaadin.flow.component.html.Span("km"));
        maxKm.setValue(50);
        note.setLabel(getTranslation("twinning.note"));
        note.setMaxLength(2000);
        errors.bind("themes", themes).bind("employees", employees).bind("staff", staff)
                .bind("earliestStart", earliest).bind("latestEnd", latest).bind("rhythm", rhythm)
                .bind("unavailableWeekdays", unavailable).bind("maxDistanceKm", maxKm).bind("note", note);
        FormLayout form = new FormLayout(themes, employees, staff, earliest, latest, rhythm, unavailable, maxKm, note);
        form.setColspan(themes, 2);
        form.setColspan(note, 2);
        Button save = new Button(getTranslation("twinning.form.saveDraft"), e -> act(false));
        save.setId("twinning-save-draft");
        Button send = new Button(getTranslation("twinning.form.submit"), e -> act(true));
        send.setId("twinning-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("twinning.form.title")), errors.summary(), form, new HorizontalLayout(save, send));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long twinningId) {
        if (twinningId == null) {
            return;
        }
        // Unknown, or another SIAE's: the not-found page; one that is no longer a draft: back to the list.
        TwinningDetails d = twinnings.details(twinningId).orElseThrow(NotFoundException::new);
        if (!d.editable()) {
            Notifications.error(getTranslation("twinning.form.notEditable"));
            event.forwardTo(TwinningsView.class);
            return;
        }
        id = twinningId;
        version = d.version();
        Set<String> codes = Set.copyOf(d.row().themeCodes());
        themes.setValue(themes.getListDataView().getItems().filter(t -> codes.contains(t.getCode()))
                .collect(Collectors.toSet()));
        Set<Long> people = d.participants().stream().map(Participant::getPersonId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> accounts = d.participants().stream().map(Participant::getAccountId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        employees.setValue(pick(employees.getListDataView().getItems().toList(), Person::getId, people));
        staff.setValue(pick(staff.getListDataView().getItems().toList(), UserAccount::getId, accounts));
        earliest.setValue(d.row().earliestStart());
        latest.setValue(d.row().latestEnd());
        rhythm.setValue(d.row().rhythm());
        unavailable.setValue(d.unavailableWeekdays());
        maxKm.setValue(d.maxDistanceKm());
        note.setValue(d.note() == null ? "" : d.note());
    }

    private static <T> Set<T> pick(List<T> items, Function<T, Long> id, Set<Long> ids) {
        return items.stream().filter(i -> ids.contains(id.apply(i))).collect(Collectors.toSet());
    }

    private TwinningData data() {
        return new TwinningData(themes.getValue().stream().map(Theme::getCode).collect(Collectors.toSet()),
                employees.getValue().stream().map(Person::getId).toList(),
                staff.getValue().stream().map(UserAccount::getId).toList(), earliest.getValue(), latest.getValue(),
                rhythm.getValue(), unavailable.getValue(), maxKm.getValue(), note.getValue());
    }

    private void act(boolean submit) {
        long[] saved = new long[1];
        boolean done = errors.run(() -> {
            if (id == null) {
                saved[0] = (submit ? twinnings.submitNew(data()) : twinnings.createDraft(data())).getId();
            } else {
                if (submit) {
                    twinnings.updateAndSubmit(id, version, data());
                } else {
                    twinnings.updateDraft(id, version, data());
                }
                saved[0] = id;
            }
        });
        if (done) {
            unsaved.saved();
            Notifications.success(getTranslation(submit ? "twinning.form.submitted" : "twinning.form.saved"));
            getUI().ifPresent(ui -> ui.navigate(TwinningDetailView.class, saved[0]));
        }
    }
}
