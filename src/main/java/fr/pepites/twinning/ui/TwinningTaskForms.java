package fr.pepites.twinning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fr.pepites.twinning.Participant;
import fr.pepites.twinning.TwinningDetails;
import fr.pepites.twinning.TwinningService;
import fr.pepites.twinning.process.TwinningProcess;
import fr.pepites.ui.FieldErrors;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.ui.TaskFormLayout;
import fr.pepites.workflow.ui.TaskFormProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The forms of the twinning process's user tasks, opened from the shared inbox: the twinning's facts on top, then the
 * answers of the step. Each answer is one call to {@link TwinningService}, hence one transaction.
 */
@org.springframework.stereotype.Component
class TwinningTaskForms implements TaskFormProvider {

    private final TwinningService twinnings;

    TwinningTaskForms(TwinningService twinnings) {
        this.twinnings = twinnings;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(TwinningProcess.TASK_APPROVE, TwinningProcess.TASK_CONFIRM, TwinningProcess.TASK_ATTENDANCE,
                TwinningProcess.TASK_EVALUATE_SIAE, TwinningProcess.TASK_EVALUATE_HOST);
    }

    @Override
    public Component createForm(InboxTask task, Consumer<String> onCompleted) {
        return twinnings.detailsForTask(task).<Component>map(d -> new TaskForm(task, d, onCompleted))
                .orElseGet(() -> new Paragraph("Jumelage introuvable."));
    }

    private class TaskForm extends TaskFormLayout {

        private final InboxTask task;
        private final long id;
        private final long version;

        TaskForm(InboxTask task, TwinningDetails d, Consumer<String> onCompleted) {
            super("twinning", "twinningTask.", task, onCompleted, new TwinningSummary(d));
            this.task = task;
            this.id = d.row().id();
            this.version = d.version();
            switch (task.taskDefinitionKey()) {
                case TwinningProcess.TASK_APPROVE -> {
                    explanation();
                    immediate("approve", () -> twinnings.approve(task.id(), id, version));
                    decline("declineApproval", reason -> twinnings.declineApproval(task.id(), id, version, reason));
                }
                case TwinningProcess.TASK_CONFIRM -> {
                    immediate("confirm", () -> twinnings.confirm(task.id(), id, version));
                    decline("declineHosting", reason -> twinnings.declineHosting(task.id(), id, version, reason));
                }
                case TwinningProcess.TASK_ATTENDANCE -> attendance(d);
                default -> evaluation();
            }
        }

        private void explanation() {
            Div why = new Div();
            why.setId("twinning-explanation");
            why.add(new H4(getTranslation("twinningTask.why")));
            twinnings.explanationOf(id).forEach(line -> why.add(new Paragraph(line)));
            addComponentAtIndex(1, why);
        }

        private void decline(String action, java.util.function.Consumer<String> call) {
            TextArea reason = new TextArea(getTranslation("twinningTask.reason"));
            reason.setId("twinning-decline-reason");
            reason.setWidthFull();
            withDestructivePanel(action, new FieldErrors().bind("reason", reason), () -> call.accept(reason.getValue()),
                    reason);
        }

        private void attendance(TwinningDetails d) {
            int day = twinnings.dayOfTask(task);
            List<Checkbox> boxes = new ArrayList<>();
            Div sheet = new Div(new H4(getTranslation("twinning.day", day + 1,
                    TwinningSummary.DAY.format(d.days().get(day).getDate()))));
            sheet.setId("twinning-attendance");
            for (int i = 0; i < d.participants().size(); i++) {
                Participant p = d.participants().get(i);
                Checkbox present = new Checkbox(p.getName(), true);
                present.setId("twinning-present-" + i);
                boxes.add(present);
                sheet.add(new Div(present));
            }
            addComponentAtIndex(1, sheet);
            Button record = immediate("recordAttendance", () -> twinnings.recordAttendance(task.id(), id, version,
                    boxes.stream().map(Checkbox::getValue).toList()));
            LocalDate date = d.days().get(day).getDate();
            if (!twinnings.attendanceOpenOn(date)) {
                // Nothing to tick before the day: the sheet says when it opens.
                boxes.forEach(box -> {
                    box.setValue(false);
                    box.setEnabled(false);
                });
                record.setEnabled(false);
                Paragraph notYet = new Paragraph(getTranslation("twinningTask.attendance.notYet",
                        TwinningSummary.DAY.format(date)));
                notYet.setId("twinning-attendance-not-yet");
                sheet.add(notYet);
            }
        }

        private void evaluation() {
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("twinningTask.score"));
            score.setId("twinning-score");
            score.setItems(1, 2, 3, 4, 5);
            TextArea comment = new TextArea(getTranslation("twinningTask.comment"));
            comment.setId("twinning-comment");
            comment.setWidthFull();
            comment.setMaxLength(2000);
            withPanel("evaluate", new FieldErrors().bind("score", score).bind("comment", comment),
                    () -> twinnings.evaluate(task.id(), id, version, score.getValue(), comment.getValue()), score,
                    comment);
        }
    }
}
