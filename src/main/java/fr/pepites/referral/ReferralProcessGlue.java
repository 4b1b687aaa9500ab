package fr.pepites.referral;

import fr.pepites.directory.DirectoryService;
import fr.pepites.notification.NotificationService;
import fr.pepites.referral.process.ReferralProcess;
import fr.pepites.security.Role;
import fr.pepites.workflow.WorkflowGroups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the referral process does to the domain when it moves: {@code bpmn/referral.bpmn} calls
 * {@code ${referralProcess.enter(execution, 'SENT')}} when it enters each state, so the referral's status in the
 * database is always its place in the process; and the {@code notify...} and {@code remindSiae} methods from its
 * e-mail steps, asynchronous service tasks run by the job executor after the action's commit (see
 * {@link NotificationService}). Runs inside the engine's command, hence in the transaction of the user action (or
 * job) that moved the process.
 */
// Public: the engine's expression language calls only public methods of public classes.
@Component("referralProcess")
public class ReferralProcessGlue {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralProcessGlue.class);

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
            case EXPIRED -> timeline.record(referral, ReferralEventType.EXPIRED,
                    "Pas de réponse de la SIAE en 60 jours.");
            case OBSOLETE -> timeline.record(referral, ReferralEventType.OBSOLETE,
                    "La personne a été embauchée par ailleurs.");
            default -> {
                // The user action that led here has recorded its own event.
            }
        }
    }

    /**
     * E-mail step: tells the SIAE's members of the referral just sent to them. If it has been sent to another vacancy
     * since (refused, then re-sent while this e-mail was still waiting, e.g. during an SMTP outage), it sends nothing:
     * the first SIAE has answered already, and the new one has an e-mail step of its own.
     */
    public void notifySiae(DelegateExecution execution) {
        Referral referral = forEmail(execution);
        Object announced = execution.getVariableLocal(ReferralProcess.VAR_MAIL_VACANCY_ID);
        if (announced != null && (referral.getVacancy() == null
                || ((Number) announced).longValue() != referral.getVacancy().getId())) {
            LOG.info("{}: e-mail about vacancy {} not sent, the referral has been sent elsewhere since",
                    referral.businessKey(), announced);
            return;
        }
        notifications.send(directory.notificationEmails(referral.getSiae().getId()),
                messages.subject(referral, "nouvelle orientation"), messages.newReferral(referral));
    }

    /** E-mail step: tells the adviser of the SIAE's answer (or of its absence, {@code EXPIRED}). */
    public void notifyAdviser(DelegateExecution execution, String answerName) {
        ReferralStatus answer = ReferralStatus.valueOf(answerName);
        Referral referral = forEmail(execution);
        notifications.send(List.of(referral.getAdviser().getEmail()),
                messages.subject(referral, messages.answerSubject(answer)), messages.answer(referral, answer));
    }

    /** E-mail step after the reminder timers: the reminder goes to the SIAE and on the referral's timeline. */
    public void remindSiae(DelegateExecution execution, int days) {
        Referral referral = forEmail(execution);
        timeline.record(referral, ReferralEventType.REMINDER_SENT, "Relance après " + days + " jours sans réponse.");
        notifications.send(directory.notificationEmails(referral.getSiae().getId()),
                messages.subject(referral, "relance"), messages.reminder(referral, days));
    }

    private void sent(DelegateExecution execution, Referral referral) {
        referral.sendTo(referral.getVacancy());
        execution.setVariable(ReferralProcess.VAR_SIAE_GROUP, WorkflowGroups.organisation(referral.getSiae().getId()));
        timeline.record(referral, ReferralEventType.SENT, referral.getVacancy().getLabel());
    }

    private Referral referralOf(DelegateExecution execution) {
        long id = referralId(execution);
        return referrals.findById(id).orElseThrow(() -> new IllegalStateException("No referral " + id));
    }

    private Referral forEmail(DelegateExecution execution) {
        long id = referralId(execution);
        return referrals.findForEmail(id).orElseThrow(() -> new IllegalStateException("No referral " + id));
    }

    private static long referralId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ReferralProcess.VAR_REFERRAL_ID)).longValue();
    }
}
