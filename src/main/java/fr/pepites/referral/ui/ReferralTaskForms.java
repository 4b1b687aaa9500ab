package fr.pepites.referral.ui;

import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.pepites.common.InputBounds;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.parcours.ui.ContractTermsFields;
import fr.pepites.referral.Goal;
import fr.pepites.referral.RefusalReason;
import fr.pepites.referral.ReferralDetails;
import fr.pepites.referral.ReferralService;
import fr.pepites.referral.process.ReferralProcess;
import fr.pepites.ui.FieldErrors;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.vacancy.VacancyFilter;
import fr.pepites.vacancy.VacancyService;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.ui.TaskFormLayout;
import fr.pepites.workflow.ui.TaskFormProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The forms of the referral process's user tasks, opened from the shared inbox: the referral's facts on top, then
 * the answers the task allows. Each answer is one call to {@link ReferralService}, hence one transaction.
 */
@org.springframework.stereotype.Component
class ReferralTaskForms implements TaskFormProvider {

    private final ReferralService referrals;
    private final VacancyService vacancies;
    private final ParcoursService parcours;

    ReferralTaskForms(ReferralService referrals, VacancyService vacancies, ParcoursService parcours) {
        this.referrals = referrals;
        this.vacancies = vacancies;
        this.parcours = parcours;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(ReferralProcess.TASK_REVIEW, ReferralProcess.TASK_PROCESS, ReferralProcess.TASK_INTERVIEW,
                ReferralProcess.TASK_POSTPONED, ReferralProcess.TASK_AFTER_REFUSAL, ReferralProcess.TASK_MATCH,
                ReferralProcess.TASK_REVIEW_PROPOSAL);
    }

    @Override
    public Component createForm(InboxTask task, Consumer<String> onCompleted) {
        return referrals.detailsForTask(task)
                .<Component>map(details -> new TaskForm(task, details, onCompleted))
                .orElseGet(() -> new Paragraph("Orientation introuvable."));
    }

    /** One task's form: the referral's facts, then the answers of its step ({@link TaskFormLayout}). */
    private class TaskForm extends TaskFormLayout {

        private final InboxTask task;
        private final ReferralDetails details;

        TaskForm(InboxTask task, ReferralDetails details, Consumer<String> onCompleted) {
            super("referral", "referralTask.", task, onCompleted, new ReferralSummary(details));
            this.task = task;
            this.details = details;
            long id = details.row().id();
            long version = details.version();
            String taskId = task.id();
            switch (task.taskDefinitionKey()) {
                case ReferralProcess.TASK_REVIEW -> {
                    immediate("takeInCharge", () -> referrals.takeInCharge(taskId, id, version));
                    postpone();
                    refuse();
                }
                case ReferralProcess.TASK_PROCESS -> {
                    interview();
                    accept();
                    postpone();
                    refuse();
                }
                case ReferralProcess.TASK_INTERVIEW -> {
                    accept();
                    postpone();
                    refuse();
                }
                case ReferralProcess.TASK_POSTPONED -> {
                    immediate("resume", () -> referrals.resume(taskId, id, version));
                    refuse();
                }
                case ReferralProcess.TASK_AFTER_REFUSAL -> {
                    pickVacancy("resend", (vacancy) -> referrals.resend(taskId, id, version, vacancy));
                    immediate("backToMatching", () -> referrals.backToMatching(taskId, id, version));
                    immediate("close", () -> referrals.close(taskId, id, version));
                }
                case ReferralProcess.TASK_MATCH ->
                        pickVacancy("assign", (vacancy) -> referrals.assignVacancy(taskId, id, version, vacancy));
                case ReferralProcess.TASK_REVIEW_PROPOSAL -> {
                    immediate("acceptProposal", () -> referrals.acceptProposal(taskId, id, version));
                    TextArea why = new TextArea(getTranslation("referralTask.rejectProposal.why"));
                    why.setMaxLength(ReferralService.MAX_REASON);
                    withPanel("rejectProposal", new FieldErrors().bind("why", why), () ->
                            referrals.rejectProposal(taskId, id, version, why.getValue()), why);
                }
                default -> add(new Paragraph(task.name()));
            }
        }

        /** Accepting an insertion job starts the person's parcours: the contract's terms come with the hiring date. */
        private void accept() {
            DatePicker hiring = DateFields.date(getTranslation("referral.hiringDate"));
            hiring.setId("referral-hiring-date-field");
            hiring.setMin(InputBounds.earliestRecentHire(LocalDate.now()));
            hiring.setMax(InputBounds.latestAhead(LocalDate.now()));
            FieldErrors errors = new FieldErrors().bind("hiringDate", hiring);
            if (details.goal() != Goal.INSERTION_JOB) {
                withPanel("accept", errors, () -> accepted(referrals.accept(task.id(), details.row().id(),
                        details.version(), hiring.getValue(), null)), hiring);
                return;
            }
            ContractTermsFields terms = new ContractTermsFields(parcours, this, details.personId(),
                    details.vacancyHoursPerWeek());
            List<Component> fields = new ArrayList<>(List.of(hiring));
            fields.addAll(List.of(terms.fields()));
            withPanel("accept", terms.bind(errors), () -> accepted(referrals.accept(task.id(), details.row().id(),
                    details.version(), hiring.getValue(), terms.terms())), fields.toArray(Component[]::new));
        }

        /** "ORI-9 acceptée : le parcours PAR-5 est ouvert, le conseiller est prévenu." */
        private String accepted(Optional<String> parcoursOpened) {
            return parcoursOpened.map(number -> getTranslation("referralTask.accept.done", fileNumber(), number))
                    .orElseGet(() -> getTranslation("referralTask.accept.doneWithoutParcours", fileNumber()));
        }

        private void interview() {
            DateTimePicker at = DateFields.dateTime(getTranslation("referralTask.interview.at"));
            TextField place = new TextField(getTranslation("referralTask.interview.place"));
            place.setMaxLength(ReferralService.MAX_PLACE);
            withPanel("interview", new FieldErrors().bind("interviewAt", at).bind("interviewPlace", place), () ->
                    referrals.scheduleInterview(task.id(), details.row().id(), details.version(),
                            at.getValue() == null ? null : at.getValue().atZone(ZoneId.of("Europe/Paris")).toInstant(),
                            place.getValue()), at, place);
        }

        private void postpone() {
            DatePicker until = DateFields.date(getTranslation("referralTask.postpone.until"));
            until.setMin(LocalDate.now().plusDays(1));
            until.setMax(InputBounds.latestAhead(LocalDate.now()));
            withPanel("postpone", new FieldErrors().bind("postponedUntil", until), () ->
                    referrals.postpone(task.id(), details.row().id(), details.version(), until.getValue()), until);
        }

        private void refuse() {
            Select<RefusalReason> reason = new Select<>();
            reason.setLabel(getTranslation("referralTask.refuse.reason"));
            reason.setItems(RefusalReason.values());
            reason.setItemLabelGenerator(r -> getTranslation("referral.refusal." + r.name()));
            TextArea message = new TextArea(getTranslation("referralTask.refuse.message"));
            message.setWidthFull();
            message.setMaxLength(ReferralService.MAX_REFUSAL_MESSAGE);
            Checkbox shared = new Checkbox(getTranslation("referralTask.refuse.shared"));
            withDestructivePanel("refuse", new FieldErrors().bind("refusalReason", reason)
                    .bind("refusalMessage", message), () ->
                    referrals.refuse(task.id(), details.row().id(), details.version(), reason.getValue(),
                            message.getValue(), shared.getValue()), reason, message, shared);
        }

        private void pickVacancy(String action, java.util.function.Consumer<Long> send) {
            ComboBox<Vacancy> vacancy = new ComboBox<>(getTranslation("referralForm.vacancy"));
            vacancy.setWidth("32rem");
            vacancy.setItems(query -> vacancies.search(new VacancyFilter(query.getFilter().orElse(""), true, null),
                    PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("startDate"))).stream());
            vacancy.setItemLabelGenerator(Vacancy::getLabel);
            withPanel(action, new FieldErrors().bind("vacancyId", vacancy).bind("criteria", vacancy),
                    () -> send.accept(vacancy.getValue() == null ? null : vacancy.getValue().getId()), vacancy);
        }
    }
}
