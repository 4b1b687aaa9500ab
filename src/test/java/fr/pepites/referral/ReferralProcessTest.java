package fr.pepites.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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
            reminders.add(days);
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

        assertThat(pi).isEnded().hasPassed("end_event_accepted");
        assertThat(glue.statuses).containsExactly("SUBMITTED", "SENT", "PROCESSING", "INTERVIEW", "ACCEPTED");
    }

    @Test
    void aReferralCanBeAcceptedWithoutAnInterview() {
        ProcessInstance pi = start(12L);
        decide(Decision.PROCESS);
        decide(Decision.ACCEPT);
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
        assertThat(pi).isEnded().hasPassed("end_event_closed");
        assertThat(glue.statuses).endsWith("INTERVIEW", "REFUSED", "REFUSED");
    }

    @Test
    void aPostponedReferralResumesInProcessing() {
        ProcessInstance pi = start(12L);
        decide(Decision.PROCESS);
        decide(Decision.POSTPONE);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_POSTPONED);
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
        assertThat(glue.reminders).containsExactly(10);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_REVIEW);
        execute(job("timer_reminder_20_days", current));
        assertThat(glue.reminders).containsExactly(10, 20);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_REVIEW);
    }

    @Test
    void remindersAlsoRunWhileTheSiaeProcessesTheReferral() {
        ProcessInstance pi = start(12L);
        decide(Decision.PROCESS);
        execute(job("timer_reminder_10_days", current));
        assertThat(glue.reminders).containsExactly(10);
        assertThat(pi).isWaitingAt(ReferralProcess.TASK_PROCESS);
    }

    @Test
    void aReferralWithoutAnswerExpiresAfterSixtyDays() {
        ProcessInstance pi = start(12L);
        execute(job("timer_expiry_60_days", current));
        assertThat(pi).isEnded().hasPassed("end_event_expired");
        assertThat(glue.statuses).endsWith("EXPIRED");
    }

    @Test
    void theAdviserCancelsTheReferralAtAnyStep() {
        ProcessInstance pi = start(12L);
        decide(Decision.PROCESS);
        runtimeService().createMessageCorrelation(ReferralProcess.MESSAGE_CANCELLED).processInstanceId(pi.getId())
                .correlate();
        assertThat(pi).isEnded().hasPassed("end_event_cancelled");
        assertThat(glue.statuses).endsWith("CANCELLED");
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

    private void decide(Decision decision) {
        complete(task(current), withVariables(ReferralProcess.VAR_DECISION, decision.name()));
    }
}
