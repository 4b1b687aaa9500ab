package fr.pepites.parcours;

import fr.pepites.directory.DirectoryService;
import fr.pepites.notification.NotificationService;
import fr.pepites.parcours.process.ParcoursProcess;
import fr.pepites.security.Role;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the parcours process does to the domain when it moves: {@code bpmn/parcours-transition.bpmn} calls
 * {@code ${parcoursProcess.enter(execution, 'REVIEW_OPEN')}} when it enters each state, so that the parcours's status
 * in the database is its place in the process; and the e-mail steps call {@link #remindSiae}, {@link #alertDirector}
 * and {@link #notifyCep} (asynchronous service tasks, run after the action's commit, see {@link NotificationService}).
 */
// Public: the engine's expression language calls only public methods of public classes.
@Component("parcoursProcess")
public class ParcoursProcessGlue {

    private final ParcoursRepository parcours;
    private final ParcoursTimeline timeline;
    private final ParcoursMessages messages;
    private final NotificationService notifications;
    private final DirectoryService directory;

    ParcoursProcessGlue(ParcoursRepository parcours, ParcoursTimeline timeline, ParcoursMessages messages,
            NotificationService notifications, DirectoryService directory) {
        this.parcours = parcours;
        this.timeline = timeline;
        this.messages = messages;
        this.notifications = notifications;
        this.directory = directory;
    }

    public void enter(DelegateExecution execution, String statusName) {
        ParcoursStatus status = ParcoursStatus.valueOf(statusName);
        Parcours p = parcoursOf(execution);
        if (p.getStatus() == status) {
            return;
        }
        p.enter(status);
        // Opening the review is the timer's doing; every other state follows a user action, which records its event.
        if (status == ParcoursStatus.REVIEW_OPEN) {
            timeline.record(p, ParcoursEventType.REVIEW_OPENED, "Fin de contrat prévue dans trois mois ou moins.");
        }
    }

    /** E-mail step: the review is still open a month before the end; the SIAE's members are reminded. */
    public void remindSiae(DelegateExecution execution) {
        Parcours p = forEmail(execution);
        timeline.record(p, ParcoursEventType.REMINDER_SENT, "Bilan non fait à un mois de la fin prévue.");
        notifications.send(directory.notificationEmails(p.getSiae().getId()),
                messages.subject(p, "bilan de fin de parcours à faire"), messages.reminder(p));
    }

    /** E-mail step: still open two weeks before the end; the SIAE's directors are alerted. */
    public void alertDirector(DelegateExecution execution) {
        Parcours p = forEmail(execution);
        timeline.record(p, ParcoursEventType.DIRECTOR_ALERTED, "Bilan non fait à deux semaines de la fin prévue.");
        notifications.send(directory.notificationEmails(p.getSiae().getId(), Role.SIAE_DIRECTOR),
                messages.subject(p, "bilan de fin de parcours en retard"), messages.directorAlert(p));
    }

    /** E-mail step: tells the advisers of the CEP operator chosen of the hand-back waiting for them. */
    public void notifyCep(DelegateExecution execution) {
        Parcours p = forEmail(execution);
        if (p.getHandBackCep() == null) {
            return;
        }
        notifications.send(directory.notificationEmails(p.getHandBackCep().getId(), Role.CEP_ADVISER),
                messages.subject(p, "retour vers le CEP"), messages.handBack(p));
    }

    private Parcours parcoursOf(DelegateExecution execution) {
        long id = parcoursId(execution);
        return parcours.findById(id).orElseThrow(() -> new IllegalStateException("No parcours " + id));
    }

    private Parcours forEmail(DelegateExecution execution) {
        long id = parcoursId(execution);
        return parcours.findForEmail(id).orElseThrow(() -> new IllegalStateException("No parcours " + id));
    }

    private static long parcoursId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ParcoursProcess.VAR_PARCOURS_ID)).longValue();
    }

}
