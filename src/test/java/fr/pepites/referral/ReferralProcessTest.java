package fr.pepites.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.pepites.referral.process.ReferralProcess;
import fr.pepites.referral.process.ReferralProcess.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path and timer of {@code bpmn/referral.bpmn}, on a bare engine with the domain glue recorded. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/referral.bpmn")
class ReferralProcessTest {

    private static final String SIAE_GROUP = "org-7";
    private static final String ADVISER_GROUP = "CEP_ADVISER-org-3";

    /** Stands in for the domain: records each state the process enters and sets the groups it would. */
    public static class RecordingGlue {
        final List<String> statuses = new ArrayList<>();
        final List<Integer> reminders = new ArrayList<>();
        /** E-mails sent by the e-mail steps: "SIAE" for a new referral, the answer's status for the adviser. */
        final List<String> mails = new ArrayList<>();
        boolean smtpDown;

        public void enter(DelegateExecution execution, String status) {
            statuses.add(status);
            if (status.equals("SUBMITTED")) {
                execution.setVariable(ReferralProcess.VAR_ADVISER_GROUP, ADVISER_GROUP);
            }
            if (status.equals("SENT")) {
                execution.setVariable(ReferralProcess.VAR_SIAE_GROUP, SIAE_GROUP);
            }
        }

        public void remindSiae(DelegateExecution execution, int days) {
            smtp();
            reminders.add(days);
        }

        public void notifySiae(DelegateExecution execution) {
            smtp();
            mails.add("SIAE");
        }

        public void notifyAdviser(DelegateExecution execution, String answer) {
            smtp();
            mails.add(answer);
        }

        private void smtp() {
            if (smtpDown) {
                throw new IllegalStateException("Connexion au serveur SMTP refusée");
            }
        }
    }

    private final RecordingGlue glue = new RecordingGlue();
    private ProcessInstance current;

    /** Injected by the extension; named explicitly, as the application's engine may run in the same JVM. */
    ProcessEngine engine;

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine);
    }

    @BeforeEach
    void registerGlue() {
        Mocks.register("referralProcess", glue);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void aReferralToAVacancyIsSentThenProcessedInterviewedAndAccepted() {
        ProcessInstance pi = start(12L);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_REVIEW);
        assertThat(task(current)).hasCandidateGroup(SIAE_GROUP);
        assertThat(task(current).getDueDate()).isInTheFuture()
                .isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(9)));

        decide(Decision.PROCESS);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_PROCESS);
        decide(Decision.INTERVIEW);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_INTERVIEW);
        decide(Decision.ACCEPT);
        assertThat(pi).hasPassed("end_event_accepted");
        assertThat(glue.statuses).containsExactly("SUBMITTED", "SENT", "PROCESSING", "INTERVIEW", "ACCEPTED");

        sendMails();
        assertThat(pi).isEnded().hasPassed("end_event_siae_mailed", "end_event_accepted_mailed");
        assertThat(glue.mails).containsExactlyInAnyOrder("SIAE", "ACCEPTED");
    }

    @Test
    void theSiaeIsMailedAfterTheActionCommitsWhileTheReferralWaitsInItsInbox() {
        ProcessInstance pi = start(12L);
        assertThat(glue.mails).isEmpty();
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_REVIEW, "service_task_mail_siae");

        execute(job("service_task_mail_siae", current));
        assertThat(glue.mails).containsExactly("SIAE");
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_REVIEW).hasPassed("end_event_siae_mailed");
    }

    @Test
    void aMailRefusedFiveTimesBecomesAnIncidentAndNeverBlocksTheReferral() {
        glue.smtpDown = true;
        ProcessInstance pi = start(12L);
        int tries = 0;
        while (managementService().createJobQuery().processInstanceId(pi.getId()).messages().withRetriesLeft()
                .count() > 0) {
            Job mail = managementService().createJobQuery().processInstanceId(pi.getId()).messages().singleResult();
            assertThatThrownBy(() -> managementService().executeJob(mail.getId()))
                    .hasMessageContaining("SMTP");
            tries++;
        }
        assertThat(tries).isEqualTo(5);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult()
                .getActivityId()).isEqualTo("service_task_mail_siae");

        decide(Decision.PROCESS);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_PROCESS);

        glue.smtpDown = false;
        Job mail = managementService().createJobQuery().processInstanceId(pi.getId()).messages().singleResult();
        managementService().setJobRetries(mail.getId(), 5);
        execute(mail);
        assertThat(glue.mails).containsExactly("SIAE");
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aReferralCanBeAcceptedWithoutAnInterview() {
        ProcessInstance pi = start(12L);
        decide(Decision.PROCESS);
        decide(Decision.ACCEPT);
        sendMails();
        assertThat(pi).isEnded().hasPassed("end_event_accepted");
    }

    @Test
    void anOpenReferralWaitsForAMatchAndACoordinatorPicksAVacancyByHand() {
        ProcessInstance pi = start(null);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_MATCH);
        assertThat(task(current)).hasCandidateGroup("COORDINATOR");
        assertThat(glue.statuses).containsExactly("SUBMITTED", "AWAITING_MATCH");

        runtimeService().setVariable(pi.getId(), ReferralProcess.VAR_VACANCY_ID, 5L);
        complete(task(current));
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_REVIEW);
        assertThat(glue.statuses).endsWith("SENT");
    }

    @Test
    void aProposalOfTheMatchingIsReviewedThenSent() {
        ProcessInstance pi = start(null);
        proposeMatch(pi);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_REVIEW_PROPOSAL);
        assertThat(glue.statuses).endsWith("PROPOSED");

        decide(Decision.ACCEPT_PROPOSAL);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_REVIEW);
        assertThat(glue.statuses).endsWith("PROPOSED", "SENT");
    }

    @Test
    void aRejectedProposalGoesBackToMatching() {
        ProcessInstance pi = start(null);
        proposeMatch(pi);
        decide(Decision.REJECT_PROPOSAL);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_MATCH);
        assertThat(glue.statuses).endsWith("PROPOSED", "AWAITING_MATCH");
    }

    @Test
    void aRefusedReferralGoesToTheAdviserWhoResendsItToAnotherSiae() {
        ProcessInstance pi = start(12L);
        decide(Decision.REFUSE);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_AFTER_REFUSAL);
        assertThat(task(current)).hasCandidateGroup(ADVISER_GROUP);
        assertThat(glue.statuses).endsWith("REFUSED");
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_AFTER_REFUSAL, "service_task_mail_refused");

        decide(Decision.RESEND);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_REVIEW);
        assertThat(glue.statuses).containsExactly("SUBMITTED", "SENT", "REFUSED", "SENT");
    }

    @Test
    void aRefusedReferralCanGoBackToMatching() {
        ProcessInstance pi = start(12L);
        decide(Decision.PROCESS);
        decide(Decision.REFUSE);
        decide(Decision.TO_MATCHING);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_MATCH);
        assertThat(glue.statuses).endsWith("REFUSED", "AWAITING_MATCH");
    }

    @Test
    void aRefusedReferralCanBeClosed() {
        ProcessInstance pi = start(12L);
        decide(Decision.PROCESS);
        decide(Decision.INTERVIEW);
        decide(Decision.REFUSE);
        decide(Decision.CLOSE);
        sendMails();
        assertThat(pi).isEnded().hasPassed("end_event_closed", "end_event_refused_mailed");
        assertThat(glue.statuses).endsWith("INTERVIEW", "REFUSED", "REFUSED");
        assertThat(glue.mails).containsExactlyInAnyOrder("SIAE", "REFUSED");
    }

    @Test
    void aPostponedReferralResumesInProcessing() {
        ProcessInstance pi = start(12L);
        decide(Decision.PROCESS);
        decide(Decision.POSTPONE);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_POSTPONED, "service_task_mail_postponed");
        execute(job("service_task_mail_postponed", current));
        assertThat(glue.mails).containsExactly("POSTPONED");
        decide(Decision.RESUME);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_PROCESS);
        assertThat(glue.statuses).endsWith("PROCESSING", "POSTPONED", "PROCESSING");
    }

    @Test
    void aReferralCanBePostponedOnReceiptOrAfterTheInterviewAndThenRefused() {
        ProcessInstance pi = start(12L);
        decide(Decision.POSTPONE);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_POSTPONED);
        decide(Decision.RESUME);
        decide(Decision.INTERVIEW);
        decide(Decision.POSTPONE);
        decide(Decision.REFUSE);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_AFTER_REFUSAL);
    }

    @Test
    void theSiaeIsRemindedAfterTenAndTwentyDaysWithoutAnswer() {
        ProcessInstance pi = start(12L);
        execute(job("timer_reminder_10_days", current));
        assertThat(glue.reminders).isEmpty();
        execute(job("service_task_remind_siae_10_days", current));
        assertThat(glue.reminders).containsExactly(10);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_REVIEW);
        execute(job("timer_reminder_20_days", current));
        execute(job("service_task_remind_siae_20_days", current));
        assertThat(glue.reminders).containsExactly(10, 20);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_REVIEW);
    }

    @Test
    void remindersAlsoRunWhileTheSiaeProcessesTheReferral() {
        ProcessInstance pi = start(12L);
        decide(Decision.PROCESS);
        execute(job("timer_reminder_10_days", current));
        execute(job("service_task_remind_siae_10_days", current));
        assertThat(glue.reminders).containsExactly(10);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_PROCESS);
    }

    @Test
    void aReferralWithoutAnswerExpiresAfterSixtyDays() {
        ProcessInstance pi = start(12L);
        execute(job("timer_expiry_60_days", current));
        assertThat(glue.statuses).endsWith("EXPIRED");
        assertThat(pi).isWaitingAt("service_task_mail_expired");
        sendMails();
        assertThat(pi).isEnded().hasPassed("end_event_expired");
        assertThat(glue.mails).containsExactlyInAnyOrder("SIAE", "EXPIRED");
    }

    @Test
    void theAdviserCancelsTheReferralAtAnyStep() {
        ProcessInstance pi = start(12L);
        decide(Decision.PROCESS);
        runtimeService().createMessageCorrelation(ReferralProcess.MESSAGE_CANCELLED).processInstanceId(pi.getId())
                .correlate();
        // The SIAE's e-mail had not left: it goes with the referral.
        assertThat(pi).isEnded().hasPassed("end_event_cancelled");
        assertThat(glue.statuses).endsWith("CANCELLED");
        assertThat(glue.mails).isEmpty();
    }

    @Test
    void aReferralWaitingForAMatchCanBeCancelled() {
        ProcessInstance pi = start(null);
        runtimeService().createMessageCorrelation(ReferralProcess.MESSAGE_CANCELLED).processInstanceId(pi.getId())
                .correlate();
        assertThat(pi).isEnded().hasPassed("end_event_cancelled");
    }

    @Test
    void aReferralBecomesObsoleteWhenThePersonIsHiredElsewhere() {
        ProcessInstance pi = start(12L);
        decide(Decision.REFUSE);
        runtimeService().createMessageCorrelation(ReferralProcess.MESSAGE_OBSOLETE).processInstanceId(pi.getId())
                .correlate();
        assertThat(pi).isEnded().hasPassed("end_event_obsolete");
        assertThat(glue.statuses).endsWith("OBSOLETE");
    }

    private ProcessInstance start(Long vacancyId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReferralProcess.VAR_REFERRAL_ID, 1L);
        variables.put(ReferralProcess.VAR_VACANCY_ID, vacancyId);
        current = runtimeService().startProcessInstanceByKey(ReferralProcess.KEY, "ORI-1", variables);
        return current;
    }

    private void proposeMatch(ProcessInstance pi) {
        runtimeService().setVariable(pi.getId(), ReferralProcess.VAR_VACANCY_ID, 5L);
        runtimeService().createMessageCorrelation(ReferralProcess.MESSAGE_MATCH_PROPOSED)
                .processInstanceId(pi.getId()).correlate();
    }

    /** Runs the e-mail steps due, as the job executor would. */
    private void sendMails() {
        managementService().createJobQuery().processInstanceId(current.getId()).messages().list()
                .forEach(BpmnAwareTests::execute);
    }

    private void decide(Decision decision) {
        complete(task(current), withVariables(ReferralProcess.VAR_DECISION, decision.name()));
    }
}
