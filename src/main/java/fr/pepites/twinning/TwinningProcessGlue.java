package fr.pepites.twinning;

import fr.pepites.directory.DirectoryService;
import fr.pepites.notification.NotificationService;
import fr.pepites.security.Role;
import fr.pepites.twinning.process.TwinningProcess;
import java.util.List;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What the twinning process does to the domain when it moves: {@code bpmn/twinning.bpmn} calls
 * {@code ${twinningProcess.enter(execution, 'AWAITING_APPROVAL')}} as it enters each state, so that the twinning's
 * status in the database is its place in the process; the e-mail steps (asynchronous, after the action's commit)
 * and the recording of the badge earners at the close.
 */
// Public: the engine's expression language calls only public methods of public classes.
@Component("twinningProcess")
public class TwinningProcessGlue {

    private final TwinningRepository twinnings;
    private final TwinningTimeline timeline;
    private final TwinningMessages messages;
    private final NotificationService notifications;
    private final DirectoryService directory;

    TwinningProcessGlue(TwinningRepository twinnings, TwinningTimeline timeline, TwinningMessages messages,
            NotificationService notifications, DirectoryService directory) {
        this.twinnings = twinnings;
        this.timeline = timeline;
        this.messages = messages;
        this.notifications = notifications;
        this.directory = directory;
    }

    public void enter(DelegateExecution execution, String statusName) {
        Twinning t = twinningOf(execution);
        TwinningStatus status = TwinningStatus.valueOf(statusName);
        if (t.getStatus() != status) {
            t.enter(status);
        }
    }

    /** Each day's attendance task, as it is created: named and due on its day, so that the inbox tells them apart. */
    public void attendanceTask(DelegateTask task) {
        Twinning t = twinningOf(task.getExecution());
        int day = ((Number) task.getVariable(TwinningProcess.VAR_DAY)).intValue();
        dueOn(task, t.getDates().get(day), day);
    }

    /** Names an attendance task after its day and makes it due that day, at 6 p.m. */
    static void dueOn(org.camunda.bpm.engine.task.Task task, LocalDate date, int day) {
        task.setName(attendanceName(date, day));
        task.setDueDate(dueDate(date));
    }

    static void dueOn(DelegateTask task, LocalDate date, int day) {
        task.setName(attendanceName(date, day));
        task.setDueDate(dueDate(date));
    }

    private static String attendanceName(LocalDate date, int day) {
        return "Relever les présences du jour " + (day + 1) + " (" + TwinningService.DATE.format(date) + ")";
    }

    private static Date dueDate(LocalDate date) {
        return Date.from(date.atTime(18, 0).atZone(TwinningService.PARIS).toInstant());
    }

    /** E-mail step: ten days without the director's answer. */
    public void remindDirector(DelegateExecution execution) {
        Twinning t = twinningOf(execution);
        timeline.record(t, TwinningEventType.APPROVAL_REMINDED, "Sans réponse de la direction depuis dix jours.");
        notifications.send(directory.notificationEmails(t.getSiaeId(), Role.SIAE_DIRECTOR),
                messages.subject(t, "jumelage à approuver"), messages.approvalReminder(t));
    }

    /** E-mail step: twenty days without the director's answer; the network's coordinators are alerted. */
    public void alertCoordination(DelegateExecution execution) {
        Twinning t = twinningOf(execution);
        timeline.record(t, TwinningEventType.APPROVAL_ESCALATED, "Sans réponse de la direction depuis vingt jours.");
        notifications.send(directory.notificationEmails(Role.COORDINATOR),
                messages.subject(t, "approbation en retard"), messages.coordinationAlert(t));
    }

    /** E-mail step: the director approved; the tiers-lieu's managers are asked to confirm. */
    public void notifyTiersLieu(DelegateExecution execution) {
        Twinning t = twinningOf(execution);
        if (t.getTiersLieuId() != null) {
            notifications.send(directory.notificationEmails(t.getTiersLieuId(), Role.TIERS_LIEU_MANAGER),
                    messages.subject(t, "accueil à confirmer"), messages.toConfirm(t));
        }
    }

    /** E-mail step: the tiers-lieu confirmed; the SIAE is told the dates. */
    public void notifyScheduled(DelegateExecution execution) {
        Twinning t = twinningOf(execution);
        notifications.send(directory.notificationEmails(t.getSiaeId()), messages.subject(t, "jumelage programmé"),
                messages.scheduled(t));
    }

    /** E-mail step: a side has not evaluated a week after the last day. */
    public void remindEvaluation(DelegateExecution execution, String sideName) {
        Twinning t = twinningOf(execution);
        Side side = Side.valueOf(sideName);
        List<String> to = side == Side.SIAE ? directory.notificationEmails(t.getSiaeId())
                : directory.notificationEmails(t.getTiersLieuId(), Role.TIERS_LIEU_MANAGER);
        timeline.record(t, TwinningEventType.EVALUATION_REMINDED, side == Side.SIAE ? "Relance de la SIAE."
                : "Relance du tiers-lieu.");
        notifications.send(to, messages.subject(t, "évaluation du jumelage"), messages.evaluationReminder(t));
    }

    /** E-mail step: a cancellation is told to the other side (the tiers-lieu only once one was proposed). */
    public void notifyCancellation(DelegateExecution execution) {
        Twinning t = twinningOf(execution);
        List<String> to = t.getCancelledBy() == Side.TIERS_LIEU ? directory.notificationEmails(t.getSiaeId())
                : t.getTiersLieuId() == null ? List.of()
                : directory.notificationEmails(t.getTiersLieuId(), Role.TIERS_LIEU_MANAGER);
        notifications.send(to, messages.subject(t, "jumelage annulé"), messages.cancelled(t));
    }

    /** Thirty days after the last day without both evaluations: closed without the missing one. */
    public void evaluationExpired(DelegateExecution execution) {
        timeline.record(twinningOf(execution), TwinningEventType.EVALUATION_EXPIRED,
                "Clos sans les deux évaluations, trente jours après le dernier jour.");
    }

    /** At the close: participants present at least three days of four earn the twinning's badge. */
    public void recordBadgeEarners(DelegateExecution execution) {
        Twinning t = twinningOf(execution);
        List<Participant> earners = t.markBadgeEarners();
        timeline.record(t, TwinningEventType.CLOSED, earners.isEmpty() ? "Aucun participant présent trois jours."
                : "Lauréats du badge : " + earners.stream().map(Participant::getName).collect(Collectors.joining(", ")));
    }

    private Twinning twinningOf(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(TwinningProcess.VAR_TWINNING_ID)).longValue();
        return twinnings.findById(id).orElseThrow(() -> new IllegalStateException("No twinning " + id));
    }
}
