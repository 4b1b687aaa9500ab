package fr.pepites.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import fr.pepites.learning.Attendance;
import fr.pepites.learning.SessionAttendance;
import fr.pepites.learning.process.LearningSessionProcess;
import fr.pepites.ui.FieldErrors;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.ui.TaskFormLayout;
import fr.pepites.workflow.ui.TaskFormProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The forms of a session's tasks, opened from the inbox: the organiser's attendance sheet (each registrant present,
 * absent or excused; the minutes followed of a web conference) and an attendee's satisfaction survey.
 */
@org.springframework.stereotype.Component
class SessionTaskForms implements TaskFormProvider {

    private final SessionAttendance attendance;

    SessionTaskForms(SessionAttendance attendance) {
        this.attendance = attendance;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(LearningSessionProcess.TASK_ATTENDANCE, LearningSessionProcess.TASK_SURVEY);
    }

    @Override
    public Component createForm(InboxTask task, Consumer<String> onCompleted) {
        if (task.taskDefinitionKey().equals(LearningSessionProcess.TASK_ATTENDANCE)) {
            return attendance.sheetFor(task).<Component>map(sheet -> new SheetForm(task, sheet, onCompleted))
                    .orElseGet(() -> new Paragraph("Session introuvable."));
        }
        return attendance.surveyFor(task).<Component>map(survey -> new SurveyForm(task, survey, onCompleted))
                .orElseGet(() -> new Paragraph("Enquête introuvable."));
    }

    private class SheetForm extends TaskFormLayout {

        SheetForm(InboxTask task, SessionAttendance.Sheet sheet, Consumer<String> onCompleted) {
            super("session", "sessionTask.", task, onCompleted, new Paragraph(sheet.title() + " — "
                    + SessionsText.WHEN.format(sheet.startsAt()) + (sheet.place() == null ? "" : " — " + sheet.place())));
            Div lines = new Div();
            lines.setId("session-attendance");
            lines.add(new H4(getTranslation("sessionTask.sheet", sheet.lines().size())));
            Map<Long, RadioButtonGroup<Attendance>> marks = new LinkedHashMap<>();
            Map<Long, IntegerField> minutes = new LinkedHashMap<>();
            for (SessionAttendance.SheetLine line : sheet.lines()) {
                RadioButtonGroup<Attendance> mark = new RadioButtonGroup<>(line.name() + " (" + line.organisation() + ")");
                mark.setId("attendance-" + line.registrationId());
                mark.setItems(Attendance.values());
                mark.setItemLabelGenerator(a -> getTranslation("learning.attendance." + a.name()));
                mark.setValue(Attendance.PRESENT);
                marks.put(line.registrationId(), mark);
                HorizontalLayout row = new HorizontalLayout(mark);
                row.setWrap(true);
                row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
                if (sheet.asksMinutes()) {
                    IntegerField followed = new IntegerField(getTranslation("sessionTask.minutes"));
                    followed.setId("attendance-minutes-" + line.registrationId());
                    followed.setValue(sheet.sessionMinutes());
                    followed.setMin(1);
                    followed.setMax(sheet.sessionMinutes());
                    mark.addValueChangeListener(e -> followed.setEnabled(e.getValue() == Attendance.PRESENT));
                    minutes.put(line.registrationId(), followed);
                    row.add(followed);
                }
                lines.add(row);
            }
            if (sheet.lines().isEmpty()) {
                lines.add(new Paragraph(getTranslation("sessionTask.nobody")));
            }
            addComponentAtIndex(1, lines);
            Button record = immediate("recordAttendance", () -> {
                Map<Long, SessionAttendance.Mark> sheetMarks = new LinkedHashMap<>();
                marks.forEach((id, mark) -> sheetMarks.put(id, new SessionAttendance.Mark(mark.getValue(),
                        minutes.containsKey(id) ? minutes.get(id).getValue() : null)));
                return attendance.recordAttendance(task.id(), sheet.sessionId(), sheet.version(), sheetMarks);
            });
            if (!sheet.open()) {
                record.setEnabled(false);
                Paragraph notYet = new Paragraph(getTranslation("sessionTask.notYet",
                        SessionsText.WHEN.format(sheet.startsAt())));
                notYet.setId("session-attendance-not-yet");
                lines.add(notYet);
            }
        }
    }

    private class SurveyForm extends TaskFormLayout {

        SurveyForm(InboxTask task, SessionAttendance.Survey survey, Consumer<String> onCompleted) {
            super("survey", "sessionTask.", task, onCompleted, new Paragraph(survey.title() + " — "
                    + SessionsText.WHEN.format(survey.startsAt())));
            addComponentAtIndex(1, new Paragraph(getTranslation("sessionTask.survey.intro", survey.title(),
                    SessionsText.WHEN.format(survey.startsAt()))));
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("sessionTask.score"));
            score.setId("survey-score");
            score.setItems(1, 2, 3, 4, 5);
            TextArea comment = new TextArea(getTranslation("sessionTask.comment"));
            comment.setId("survey-comment");
            comment.setWidthFull();
            comment.setMaxLength(2000);
            withPanel("answerSurvey", new FieldErrors().bind("score", score).bind("comment", comment),
                    () -> attendance.answerSurvey(task.id(), survey.registrationId(), score.getValue(),
                            comment.getValue()), score, comment);
        }
    }
}
