package fr.pepites.referral;

import fr.pepites.directory.DirectoryService;
import fr.pepites.notification.NotificationService;
import fr.pepites.referral.process.ReferralProcess;
import fr.pepites.security.Role;
import fr.pepites.workflow.WorkflowGroups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the referral process does to the domain when it moves: {@code bpmn/referral.bpmn} calls
 * {@code ${referralProcess.enter(execution, 'SENT')}} when it enters each state, so the referral's status in the
 * database is always its place in the process; and {@code remindSiae} from its reminder timers. Runs inside the
 * engine's command, hence in the transaction of the user action (or job) that moved the process.
 */
// Public: the engine's expression language calls only public methods of public classes.
@Component("referralProcess")
public class ReferralProcessGlue {

    private final ReferralRepository referrals;
    private final ReferralTimeline timeline;
    private final ReferralMessages messages;
    private final NotificationService notifications;
    private final DirectoryService directory;

    ReferralProcessGlue(ReferralRepository referrals, ReferralTimeline timeline, ReferralMessages messages,
            NotificationService notifications, DirectoryService directory) {
        this.referrals = referrals;
        this.timeline = timeline;
        this.messages = messages;
        this.notifications = notifications;
        this.directory = directory;
    }

    public void enter(DelegateExecution execution, String statusName) {
        ReferralStatus status = ReferralStatus.valueOf(statusName);
        Referral referral = referralOf(execution);
        referral.enter(status);
        switch (status) {
            case SUBMITTED -> execution.setVariable(ReferralProcess.VAR_ADVISER_GROUP,
                    WorkflowGroups.roleInOrganisation(Role.CEP_ADVISER, referral.getCepOperator().getId()));
            case AWAITING_MATCH -> timeline.record(referral, ReferralEventType.AWAITING_MATCH, null);
            case SENT -> sent(execution, referral);
            case ACCEPTED, POSTPONED -> tellAdviser(referral, status == ReferralStatus.ACCEPTED
                    ? "orientation acceptée" : "orientation reportée");
            case REFUSED -> {
                if (execution.getCurrentActivityId().equals(ReferralProcess.TASK_AFTER_REFUSAL)) {
                    tellAdviser(referral, "orientation refusée");
                }
            }
            case EXPIRED -> {
                timeline.record(referral, ReferralEventType.EXPIRED, "Pas de réponse de la SIAE en 60 jours.");
                tellAdviser(referral, "orientation expirée");
            }
            case OBSOLETE -> timeline.record(referral, ReferralEventType.OBSOLETE,
                    "La personne a été embauchée par ailleurs.");
            default -> {
                // The user action that led here has recorded its own event.
            }
        }
    }

    public void remindSiae(DelegateExecution execution, int days) {
        Referral referral = referralOf(execution);
        timeline.record(referral, ReferralEventType.REMINDER_SENT, "Relance après " + days + " jours sans réponse.");
        notifications.send(directory.notificationEmails(referral.getSiae().getId()),
                messages.subject(referral, "relance"), messages.reminder(referral, days), referral.businessKey());
    }

    private void sent(DelegateExecution execution, Referral referral) {
        referral.sendTo(referral.getVacancy());
        long siaeId = referral.getSiae().getId();
        execution.setVariable(ReferralProcess.VAR_SIAE_GROUP, WorkflowGroups.organisation(siaeId));
        timeline.record(referral, ReferralEventType.SENT, referral.getVacancy().getLabel());
        List<String> to = directory.notificationEmails(siaeId);
        notifications.send(to, messages.subject(referral, "nouvelle orientation"), messages.newReferral(referral),
                referral.businessKey());
    }

    private void tellAdviser(Referral referral, String what) {
        notifications.send(List.of(referral.getAdviser().getEmail()), messages.subject(referral, what),
                messages.answer(referral), referral.businessKey());
    }

    private Referral referralOf(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(ReferralProcess.VAR_REFERRAL_ID)).longValue();
        return referrals.findById(id).orElseThrow(() -> new IllegalStateException("No referral " + id));
    }
}
