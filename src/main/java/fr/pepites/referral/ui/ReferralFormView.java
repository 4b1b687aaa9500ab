package fr.pepites.referral.ui;

import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.pepites.common.InputBounds;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.PersonData;
import fr.pepites.directory.ui.PersonChoice;
import fr.pepites.reference.JobTitle;
import fr.pepites.reference.Licence;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.reference.ui.CommunePicker;
import fr.pepites.referral.Barrier;
import fr.pepites.referral.EligibilityCriterion;
import fr.pepites.referral.Goal;
import fr.pepites.referral.Referral;
import fr.pepites.referral.ReferralData;
import fr.pepites.referral.ReferralService;
import fr.pepites.referral.TrainingRoute;
import fr.pepites.security.Role;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.Notifications;
import fr.pepites.ui.UnsavedChanges;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.vacancy.VacancyService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The CEP adviser's referral form: the person, their situation, the goal, the eligibility and the target. */
@Route("orientations/nouvelle")
@PageTitle("Nouvelle orientation · PEPITES")
@RolesAllowed(Role.Names.CEP_ADVISER)
public class ReferralFormView extends VerticalLayout implements BeforeEnterObserver {

    private final UnsavedChanges unsaved = UnsavedChanges.guard(this);

    static final String DRAFT_PARAMETER = "brouillon";

    private final ReferralService referrals;
    private final Binder<ReferralData> binder = new Binder<>(ReferralData.class);
    private final FieldErrors errors = new FieldErrors();
    private final PersonChoice person;
    private final CommunePicker commune;
    private ReferralData data = new ReferralData();
    private Long draftId;

    ReferralFormView(ReferralService referrals, DirectoryService directory, VacancyService vacancies,
            ReferenceDataService referenceData) {
        this.referrals = referrals;
        setMaxWidth("64rem");
        // Asked once, in the situation: a new person lives where the referral says.
        commune = new CommunePicker(getTranslation("referralForm.commune"), referenceData);

        // The person
        person = new PersonChoice("referral", directory, referenceData, false, picked -> {
            if (picked != null && commune.isEmpty()) {
                commune.setValue(picked.getCommune());
            }
        });
        person.bind(errors);

        // The situation
        commune.setId("referral-commune");
        bind("communeCode", commune, d -> referenceData.findCommune(d.getCommuneCode()).orElse(null),
                (d, c) -> d.setCommuneCode(c == null ? null : c.getInseeCode()));
        IntegerField radius = new IntegerField(getTranslation("referralForm.radius"));
        radius.setId("referral-radius");
        radius.setSuffixComponent(new com.vaadin.flow.component.html.Span("km"));
        bind("mobilityRadiusKm", radius, ReferralData::getMobilityRadiusKm, (d, v) -> d.setMobilityRadiusKm(v == null ? -1 : v));
        DatePicker available = DateFields.date(getTranslation("referralForm.availableFrom"));
        available.setId("referral-available-from");
        available.setMin(LocalDate.now());
        available.setMax(InputBounds.latestAhead(LocalDate.now()));
        bind("availableFrom", available, ReferralData::getAvailableFrom, ReferralData::setAvailableFrom);
        CheckboxGroup<Licence> licences = new CheckboxGroup<>(getTranslation("referralForm.licences"));
        licences.setItems(Licence.values());
        licences.setItemLabelGenerator(l -> getTranslation("licence." + l.name()));
        bind("licences", licences, ReferralData::getLicences, ReferralData::setLicences);
        Checkbox vehicle = new Checkbox(getTranslation("referral.vehicle"));
        binder.forField(vehicle).bind(ReferralData::isHasVehicle, ReferralData::setHasVehicle);
        MultiSelectComboBox<JobTitle> jobs = new MultiSelectComboBox<>(getTranslation("referralForm.targetJobs"));
        jobs.setId("referral-job-titles");
        jobs.setItems(query -> referenceData.searchJobTitles(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        jobs.setItemLabelGenerator(JobTitle::getLabel);
        jobs.setPlaceholder(getTranslation("reference.jobTitle.placeholder"));
        bind("jobTitleCodes", jobs, d -> d.getJobTitleCodes().stream().map(code -> referenceData.findJobTitle(code))
                        .flatMap(java.util.Optional::stream).collect(Collectors.toSet()),
                (d, v) -> d.setJobTitleCodes(v.stream().map(JobTitle::getCode).collect(Collectors.toSet())));
        CheckboxGroup<Barrier> barriers = new CheckboxGroup<>(getTranslation("referralForm.barriers"));
        barriers.setItems(Barrier.values());
        barriers.setItemLabelGenerator(b -> getTranslation("referral.barrier." + b.name()));
        bind("barriers", barriers, ReferralData::getBarriers, ReferralData::setBarriers);
        TextArea note = new TextArea(getTranslation("referral.note"));
        bind("note", note, ReferralData::getNote, ReferralData::setNote);
        FormLayout situation = new FormLayout(commune, radius, available, jobs, licences, vehicle, barriers, note);
        situation.setColspan(jobs, 2);
        situation.setColspan(note, 2);

        // Goal, eligibility, target
        RadioButtonGroup<Goal> goal = new RadioButtonGroup<>(getTranslation("referral.goal"));
        goal.setId("referral-goal");
        goal.setItems(Goal.values());
        goal.setItemLabelGenerator(g -> getTranslation("referral.goal." + g.name()));
        bind("goal", goal, ReferralData::getGoal, ReferralData::setGoal);
        Select<TrainingRoute> training = new Select<>();
        training.setLabel(getTranslation("referralForm.training"));
        training.setItems(TrainingRoute.values());
        training.setItemLabelGenerator(t -> getTranslation("referral.training." + t.name()));
        bind("trainingRoute", training, ReferralData::getTrainingRoute, ReferralData::setTrainingRoute);
        CheckboxGroup<EligibilityCriterion> level1 = criteria(1);
        level1.setId("referral-criteria-level-1");
        CheckboxGroup<EligibilityCriterion> level2 = criteria(2);
        binder.forField(level1).bind(d -> only(d.getCriteria(), 1), (d, v) -> d.setCriteria(merge(v, level2.getValue())));
        binder.forField(level2).bind(d -> only(d.getCriteria(), 2), (d, v) -> d.setCriteria(merge(level1.getValue(), v)));
        errors.bind("criteria", level1);
        Paragraph rule = new Paragraph(getTranslation("referralForm.eligibility.rule"));
        rule.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        VerticalLayout eligibility = new VerticalLayout(new H3(getTranslation("referralForm.eligibility")), rule,
                level1, level2);
        eligibility.setPadding(false);
        Runnable goalMode = () -> {
            eligibility.setVisible(goal.getValue() != Goal.STAFF_JOB);
            training.setVisible(goal.getValue() == Goal.STAFF_JOB);
        };
        goal.addValueChangeListener(e -> goalMode.run());

        ComboBox<Vacancy> vacancy = new ComboBox<>(getTranslation("referralForm.vacancy"));
        vacancy.setId("referral-vacancy");
        vacancy.setWidth("40rem");
        vacancy.setItems(query -> vacancies.search(new fr.pepites.vacancy.VacancyFilter(query.getFilter().orElse(""),
                true, goal.getValue() == Goal.STAFF_JOB ? fr.pepites.vacancy.VacancyKind.STAFF
                        : fr.pepites.vacancy.VacancyKind.INSERTION),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("startDate"))).stream());
        vacancy.setItemLabelGenerator(v -> v.getLabel() + " · " + getTranslation("referralForm.vacancy.seats", v.getSeats()));
        vacancy.setHelperText(getTranslation("referralForm.vacancy.help"));
        bind("vacancyId", vacancy, d -> d.getVacancyId() == null ? null : vacancies.find(d.getVacancyId()).orElse(null),
                (d, v) -> d.setVacancyId(v == null ? null : v.getId()));
        goal.addValueChangeListener(e -> vacancy.getDataProvider().refreshAll());

        Checkbox consent = new Checkbox(getTranslation("referralForm.consent"));
        consent.setId("referral-consent");
        binder.forField(consent).bind(ReferralData::isConsentToShare, ReferralData::setConsentToShare);
        errors.bind("consentToShare", consent);

        Button save = new Button(getTranslation("referralForm.saveDraft"), e -> save(false));
        save.setId("save-draft");
        Button submit = new Button(getTranslation("referralForm.submit"), e -> save(true));
        submit.setId("submit-referral");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2(getTranslation("referralForm.title")), errors.summary(), person,
                new H3(getTranslation("referralForm.situation")), situation,
                new H3(getTranslation("referralForm.goalAndTarget")), goal, training, eligibility, vacancy,
                consent, new HorizontalLayout(submit, save));
        binder.readBean(data);
        goalMode.run();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(DRAFT_PARAMETER).ifPresent(id -> {
            draftId = Long.valueOf(id);
            data = referrals.draft(draftId);
            binder.readBean(data);
            person.setValue(data.getPersonId(), data.getNewPerson(), data.isNotADuplicate());
        });
    }

    private void save(boolean submit) {
        binder.writeBeanAsDraft(data, true);
        data.setPersonId(person.personId());
        data.setNewPerson(person.newPerson() == null ? new PersonData() : person.newPerson());
        data.setNotADuplicate(person.notADuplicate());
        try {
            errors.requireReadable();
            Referral referral = submit ? referrals.submit(draftId, data) : referrals.saveDraft(draftId, data);
            errors.clear();
            Notifications.success(getTranslation(submit ? "referralForm.submitted" : "referralForm.saved",
                    referral.businessKey()));
            unsaved.saved();
            getUI().ifPresent(ui -> ui.navigate(ReferralDetailView.class, referral.getId()));
        } catch (InvalidInputException error) {
            person.showDuplicateChoiceIf(error);
            errors.show(error);
        }
    }

    private <F extends com.vaadin.flow.component.HasValue<?, V> & com.vaadin.flow.component.HasValidation, V> void bind(
            String property, F field, com.vaadin.flow.function.ValueProvider<ReferralData, V> getter,
            com.vaadin.flow.data.binder.Setter<ReferralData, V> setter) {
        binder.forField(field).bind(getter, setter);
        errors.bind(property, field);
    }

    private CheckboxGroup<EligibilityCriterion> criteria(int level) {
        CheckboxGroup<EligibilityCriterion> group = new CheckboxGroup<>(getTranslation("referralForm.level." + level));
        group.setItems(Arrays.stream(EligibilityCriterion.values()).filter(c -> c.level() == level).toList());
        group.setItemLabelGenerator(c -> getTranslation("referral.criterion." + c.name()));
        return group;
    }

    private static Set<EligibilityCriterion> only(Set<EligibilityCriterion> all, int level) {
        return all.stream().filter(c -> c.level() == level).collect(Collectors.toSet());
    }

    private static Set<EligibilityCriterion> merge(Set<EligibilityCriterion> a, Set<EligibilityCriterion> b) {
        Set<EligibilityCriterion> all = java.util.EnumSet.noneOf(EligibilityCriterion.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
