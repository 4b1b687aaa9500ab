package fr.pepites.parcours.ui;

import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Organisation;
import fr.pepites.directory.OrganisationKind;
import fr.pepites.directory.ui.OrganisationPicker;
import fr.pepites.parcours.ExitCategory;
import fr.pepites.parcours.ExitReason;
import fr.pepites.parcours.IntroductionOutcome;
import fr.pepites.parcours.ParcoursDetails;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.parcours.ReviewData;
import fr.pepites.parcours.process.ParcoursProcess;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.reference.ui.JobTitlePicker;
import fr.pepites.ui.FieldErrors;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.ui.TaskFormLayout;
import fr.pepites.workflow.ui.TaskFormProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The forms of the parcours process's user tasks, opened from the shared inbox: the parcours's facts on top, then the
 * answers of the step. Each answer is one call to {@link ParcoursService}, hence one transaction.
 */
@org.springframework.stereotype.Component
class ParcoursTaskForms implements TaskFormProvider {

    private final ParcoursService parcours;
    private final DirectoryService directory;
    private final ReferenceDataService referenceData;

    ParcoursTaskForms(ParcoursService parcours, DirectoryService directory, ReferenceDataService referenceData) {
        this.parcours = parcours;
        this.directory = directory;
        this.referenceData = referenceData;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(ParcoursProcess.TASK_REVIEW, ParcoursProcess.TASK_ACCEPT_HAND_BACK,
                ParcoursProcess.TASK_HAND_BACK_DECLINED, ParcoursProcess.TASK_ARRANGE_INTRODUCTION,
                ParcoursProcess.TASK_RECORD_EXIT, ParcoursProcess.TASK_FOLLOW_UP);
    }

    @Override
    public Component createForm(InboxTask task, Consumer<String> onCompleted) {
        // The adviser answers a hand-back from the list of hand-backs, and goes back to it (not to the inbox).
        Consumer<String> done = !ParcoursProcess.TASK_ACCEPT_HAND_BACK.equals(task.taskDefinitionKey()) ? onCompleted
                : message -> {
                    onCompleted.accept(message);
                    UI.getCurrent().navigate(HandBacksView.class);
                };
        return parcours.detailsForTask(task)
                .<Component>map(details -> new TaskForm(task, details, done))
                .orElseGet(() -> new Paragraph("Parcours introuvable."));
    }

    private class TaskForm extends TaskFormLayout {

        private final InboxTask task;
        private final long id;
        private final long version;

        TaskForm(InboxTask task, ParcoursDetails details, Consumer<String> onCompleted) {
            super("parcours", "parcoursTask.", task, onCompleted, new ParcoursSummary(details));
            this.task = task;
            this.id = details.row().id();
            this.version = details.version();
            switch (task.taskDefinitionKey()) {
                case ParcoursProcess.TASK_REVIEW -> review();
                case ParcoursProcess.TASK_ACCEPT_HAND_BACK -> {
                    acceptHandBack();
                    declineHandBack();
                }
                case ParcoursProcess.TASK_HAND_BACK_DECLINED -> {
                    OrganisationPicker cep = cepPicker();
                    withPanel("redirect", new FieldErrors().bind("handBackCepId", cep), () ->
                            parcours.redirectHandBack(task.id(), id, version, cep.getValue() == null ? null
                                    : cep.getValue().getId()), cep);
                    immediate("noHandBack", () -> parcours.redirectHandBack(task.id(), id, version, null));
                }
                case ParcoursProcess.TASK_ARRANGE_INTRODUCTION -> arrangeIntroduction();
                case ParcoursProcess.TASK_RECORD_EXIT -> recordExit();
                case ParcoursProcess.TASK_FOLLOW_UP -> followUp();
                default -> add(new Paragraph(task.name()));
            }
        }

        private void review() {
            CompetencesEditor competences = new CompetencesEditor();
            TextArea project = new TextArea(getTranslation("parcoursTask.review.project"));
            project.setId("parcours-exit-project-field");
            project.setWidthFull();
            project.setMaxLength(ParcoursService.MAX_EXIT_PROJECT);
            JobTitlePicker target = new JobTitlePicker(getTranslation("parcoursTask.review.target"), referenceData);
            OrganisationPicker cep = cepPicker();
            Checkbox consent = new Checkbox(getTranslation("parcoursTask.review.consent"));
            consent.setId("parcours-hand-back-consent");
            MultiSelectComboBox<Organisation> employers = new MultiSelectComboBox<>(
                    getTranslation("parcoursTask.review.employers"));
            employers.setItems(query -> directory.searchPartners(OrganisationKind.PARTNER_EMPLOYER,
                    query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize(),
                            Sort.by("searchName"))).stream());
            employers.setItemLabelGenerator(Organisation::getName);
            withPanel("review", new FieldErrors().bind("competences", competences).bind("exitProject", project)
                    .bind("targetJobTitleCode", target).bind("handBackCepId", cep).bind("handBackConsent", consent)
                    .bind("employerIds", employers), () -> parcours.completeReview(task.id(), id, version,
                    new ReviewData(competences.value(), project.getValue(),
                            target.getValue() == null ? null : target.getValue().getCode(),
                            cep.getValue() == null ? null : cep.getValue().getId(), consent.getValue(),
                            employers.getValue().stream().map(Organisation::getId).collect(Collectors.toSet()))),
                    competences, project, target, cep, consent, employers);
        }

        private void acceptHandBack() {
            DateTimePicker at = DateFields.dateTime(getTranslation("parcoursTask.acceptHandBack.at"));
            at.setId("parcours-meeting-at-field");
            TextField place = new TextField(getTranslation("parcoursTask.acceptHandBack.place"));
            place.setId("parcours-meeting-place-field");
            place.setMaxLength(ParcoursService.MAX_PLACE);
            withPanel("acceptHandBack", new FieldErrors().bind("meetingAt", at).bind("meetingPlace", place), () ->
                    parcours.acceptHandBack(task.id(), id, version, at.getValue() == null ? null
                            : at.getValue().atZone(ZoneId.of("Europe/Paris")).toInstant(), place.getValue()),
                    at, place);
        }

        private void declineHandBack() {
            TextArea reason = new TextArea(getTranslation("parcoursTask.declineHandBack.reason"));
            reason.setWidthFull();
            reason.setMaxLength(ParcoursService.MAX_NOTE);
            withDestructivePanel("declineHandBack", new FieldErrors().bind("declineReason", reason), () ->
                    parcours.declineHandBack(task.id(), id, version, reason.getValue()), reason);
        }

        private void arrangeIntroduction() {
            add(new Paragraph(getTranslation("parcoursTask.arrange.employer",
                    parcours.employerOfTask(task).orElse("—"))));
            Select<IntroductionOutcome> outcome = EnumSelect.of("parcoursTask.arrange.outcome",
                    List.of(IntroductionOutcome.values()), "parcours.introduction.");
            TextArea note = new TextArea(getTranslation("parcoursTask.arrange.note"));
            note.setMaxLength(ParcoursService.MAX_NOTE);
            withPanel("arrange", new FieldErrors().bind("outcome", outcome).bind("note", note), () ->
                    parcours.arrangeIntroduction(task.id(), id, version, outcome.getValue(), note.getValue()),
                    outcome, note);
        }

        private void recordExit() {
            DatePicker date = DateFields.date(getTranslation("parcoursTask.exit.date"));
            date.setId("parcours-exit-date-field");
            date.setMax(LocalDate.now());
            Situation situation = new Situation("exit", ExitCategory.OF_EXIT);
            withPanel("exit", new FieldErrors().bind("exitDate", date).bind("exitCategory", situation.category)
                    .bind("exitReason", situation.reason), () -> parcours.recordExit(task.id(), id, version,
                    date.getValue(), situation.category.getValue(), situation.reason.getValue()),
                    date, situation.category, situation.reason);
        }

        private void followUp() {
            Situation situation = new Situation("followUp", List.of(ExitCategory.values()));
            TextArea note = new TextArea(getTranslation("parcoursTask.followUp.note"));
            note.setMaxLength(ParcoursService.MAX_NOTE);
            withPanel("followUp", new FieldErrors().bind("followUpCategory", situation.category)
                    .bind("followUpReason", situation.reason).bind("followUpNote", note), () -> parcours.recordFollowUp(task.id(), id, version,
                    situation.category.getValue(), situation.reason.getValue(), note.getValue()),
                    situation.category, situation.reason, note);
        }

        private OrganisationPicker cepPicker() {
            OrganisationPicker cep = OrganisationPicker.partners(getTranslation("parcoursTask.review.cep"), directory,
                    OrganisationKind.CEP_OPERATOR);
            cep.setId("parcours-hand-back-cep");
            return cep;
        }
    }

    /** An exit's situation: its official category, then a detailed reason of that category. */
    private class Situation {

        final Select<ExitCategory> category;
        final Select<ExitReason> reason;

        Situation(String idPrefix, Collection<ExitCategory> categories) {
            category = EnumSelect.of("parcoursTask.exit.category", categories, "parcours.exitCategory.");
            category.setId("parcours-" + idPrefix + "-category");
            reason = EnumSelect.of("parcoursTask.exit.reason", List.<ExitReason>of(), "parcours.exitReason.");
            reason.setId("parcours-" + idPrefix + "-reason");
            category.addValueChangeListener(e -> {
                reason.setItems(e.getValue() == null ? List.of() : ExitReason.of(e.getValue()));
                if (e.getValue() != null && ExitReason.of(e.getValue()).size() == 1) {
                    reason.setValue(ExitReason.of(e.getValue()).get(0));
                }
            });
        }
    }

    /**
     * The competences a review found acquired: each a job of the reference data, a free skill or both, with its
     * evidence. The review's errors about them show under the lines.
     */
    private class CompetencesEditor extends VerticalLayout implements HasValidation {

        private final List<Row> rows = new ArrayList<>();
        private final VerticalLayout lines = new VerticalLayout();
        private final Span error = new Span();

        private record Row(JobTitlePicker job, TextField skill, TextField evidence) {
        }

        CompetencesEditor() {
            setPadding(false);
            lines.setPadding(false);
            Button add = new Button(getTranslation("parcoursTask.review.addCompetence"), VaadinIcon.PLUS.create(),
                    e -> addRow());
            add.setId("parcours-add-competence");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
            error.setId("parcours-competences-error");
            error.setVisible(false);
            add(new Paragraph(getTranslation("parcoursTask.review.competences")), lines, error, add);
        }

        @Override
        public void setErrorMessage(String message) {
            error.setText(message == null ? "" : message);
        }

        @Override
        public String getErrorMessage() {
            return error.getText();
        }

        @Override
        public void setInvalid(boolean invalid) {
            error.setVisible(invalid);
        }

        @Override
        public boolean isInvalid() {
            return error.isVisible();
        }

        private void addRow() {
            JobTitlePicker job = new JobTitlePicker(getTranslation("parcoursTask.review.competenceJob"), referenceData);
            TextField skill = new TextField(getTranslation("parcoursTask.review.competenceSkill"));
            skill.addClassName("parcours-competence-skill");
            skill.setMaxLength(ParcoursService.MAX_SKILL);
            TextField evidence = new TextField(getTranslation("parcoursTask.review.competenceEvidence"));
            evidence.addClassName("parcours-competence-evidence");
            evidence.setMaxLength(ParcoursService.MAX_EVIDENCE);
            Row row = new Row(job, skill, evidence);
            HorizontalLayout line = new HorizontalLayout(job, skill, evidence);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(row);
                lines.remove(line);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("parcoursTask.review.removeCompetence"));
            line.add(remove);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            rows.add(row);
            lines.add(line);
        }

        List<ReviewData.Competence> value() {
            return rows.stream().filter(r -> r.job().getValue() != null || !r.skill().isEmpty()
                    || !r.evidence().isEmpty()).map(r -> new ReviewData.Competence(
                    r.job().getValue() == null ? null : r.job().getValue().getCode(), r.skill().getValue(),
                    r.evidence().getValue())).toList();
        }
    }
}
