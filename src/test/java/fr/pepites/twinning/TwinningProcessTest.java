package fr.pepites.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import fr.pepites.twinning.process.TwinningProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path and timer of {@code bpmn/twinning.bpmn}, on a bare engine with the domain glue recorded; the engine's
 * clock is moved on and the jobs due then are run, as the job executor would.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/twinning.bpmn")
class TwinningProcessTest {

    private static final String STAFF = "SIAE_STAFF-org-7";
    private static final String DIRECTORS = "SIAE_DIRECTOR-org-7";
    private static final String HOST = "TIERS_LIEU_MANAGER-org-9";
    private static final Instant SUBMITTED = Instant.parse("2027-03-01T08:00:00Z");

    /** Stands in for the domain: records each state the process enters and each e-mail it sends. */
    public static class RecordingGlue {
        final List<String> statuses = new ArrayList<>();
        final List<String> mails = new ArrayList<>();
        final List<String> recorded = new ArrayList<>();

        public void enter(DelegateExecution execution, String status) {
            statuses.add(status);
        }

        public void remindDirector(DelegateExecution execution) {
            mails.add("director reminder");
        }

        public void alertCoordination(DelegateExecution execution) {
            mails.add("coordination alert");
        }

        public void notifyTiersLieu(DelegateExecution execution) {
            mails.add("tiers-lieu");
        }

        public void notifyScheduled(DelegateExecution execution) {
            mails.add("scheduled");
        }

        public void remindEvaluation(DelegateExecution execution, String side) {
            mails.add("evaluation reminder " + side);
        }

        public void attendanceTask(DelegateTask task) {
            recorded.add("attendance task " + task.getVariable(TwinningProcess.VAR_DAY));
        }

        public void notifyCancellation(DelegateExecution execution) {
            mails.add("cancellation");
        }

        public void evaluationExpired(DelegateExecution execution) {
            recorded.add("expired");
        }

        public void recordBadgeEarners(DelegateExecution execution) {
            recorded.add("earners");
        }
    }

    private final RecordingGlue glue = new RecordingGlue();

    /** Injected by the extension. */
    ProcessEngine engine;

    private ProcessInstance current;
    private Instant now;

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine);
        Mocks.register("twinningProcess", glue);
        now = SUBMITTED;
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void approvedConfirmedAttendedThenEvaluatedByBothItClosesWithItsBadgeEarners() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("message_matched");
        matched();
        assertThat(pi).isWaitingAt(TwinningProcess.TASK_APPROVE);
        assertThat(task()).hasCandidateGroup(DIRECTORS);

        complete(task(), Map.of(TwinningProcess.VAR_APPROVED, true));
        assertThat(pi).isWaitingAt(TwinningProcess.TASK_CONFIRM);
        assertThat(task(TwinningProcess.TASK_CONFIRM)).hasCandidateGroup(HOST);
        runJobsAfter(Duration.ZERO);
        assertThat(glue.mails).containsExactly("tiers-lieu");

        complete(task(TwinningProcess.TASK_CONFIRM), Map.of(TwinningProcess.VAR_CONFIRMED, true));
        runJobsAfter(Duration.ZERO);
        assertThat(glue.mails).containsExactly("tiers-lieu", "scheduled");
        List<Task> days = tasks(TwinningProcess.TASK_ATTENDANCE);
        assertThat(days).hasSize(4);
        assertThat(days.stream().map(t -> taskService().getVariable(t.getId(), TwinningProcess.VAR_DAY)))
                .containsExactlyInAnyOrder(0, 1, 2, 3);
        days.forEach(t -> assertThat(t).hasCandidateGroup(HOST));
        days.forEach(t -> complete(t, Map.of()));

        assertThat(pi).isWaitingAt(TwinningProcess.TASK_EVALUATE_SIAE, TwinningProcess.TASK_EVALUATE_HOST);
        assertThat(task(TwinningProcess.TASK_EVALUATE_SIAE)).hasCandidateGroup(STAFF).hasCandidateGroup(DIRECTORS);
        complete(task(TwinningProcess.TASK_EVALUATE_HOST), Map.of());
        complete(task(TwinningProcess.TASK_EVALUATE_SIAE), Map.of());

        assertThat(pi).isEnded().hasPassed("service_task_record_earners", "end_event_closed");
        assertThat(glue.statuses).containsExactly("AWAITING_MATCH", "AWAITING_APPROVAL", "AWAITING_CONFIRMATION",
                "SCHEDULED", "EVALUATION", "CLOSED");
        assertThat(glue.recorded).containsExactly("attendance task 0", "attendance task 1", "attendance task 2",
                "attendance task 3", "earners");
    }

    @Test
    void aDirectorsDeclineSendsTheRequestBackToMatching() {
        ProcessInstance pi = start();
        matched();
        complete(task(), Map.of(TwinningProcess.VAR_APPROVED, false));
        assertThat(pi).isWaitingAt("message_matched");
        assertThat(glue.statuses).containsExactly("AWAITING_MATCH", "AWAITING_APPROVAL", "AWAITING_MATCH");
        matched();
        assertThat(pi).isWaitingAt(TwinningProcess.TASK_APPROVE);
    }

    @Test
    void aTiersLieusDeclineSendsTheRequestBackToMatching() {
        ProcessInstance pi = start();
        matched();
        complete(task(), Map.of(TwinningProcess.VAR_APPROVED, true));
        complete(task(TwinningProcess.TASK_CONFIRM), Map.of(TwinningProcess.VAR_CONFIRMED, false));
        assertThat(pi).isWaitingAt("message_matched");
        assertThat(glue.statuses).endsWith("AWAITING_CONFIRMATION", "AWAITING_MATCH");
    }

    @Test
    void theDirectorIsRemindedAfterTenDaysAndTheCoordinationAlertedAfterTwenty() {
        ProcessInstance pi = start();
        matched();
        runJobsAfter(Duration.ofDays(10).minusMinutes(1));
        assertThat(glue.mails).isEmpty();
        runJobsAfter(Duration.ofMinutes(1));
        assertThat(glue.mails).containsExactly("director reminder");
        runJobsAfter(Duration.ofDays(10));
        assertThat(glue.mails).containsExactly("director reminder", "coordination alert");
        assertThat(pi).isWaitingAt(TwinningProcess.TASK_APPROVE);
    }

    @Test
    void anApprovalInTimeSendsNoReminder() {
        start();
        matched();
        runJobsAfter(Duration.ofDays(9));
        complete(task(), Map.of(TwinningProcess.VAR_APPROVED, true));
        runJobsAfter(Duration.ofDays(30));
        assertThat(glue.mails).containsExactly("tiers-lieu");
    }

    @Test
    void eachSideIsRemindedOfItsEvaluationAfterSevenDays() {
        ProcessInstance pi = scheduledAndAttended();
        complete(task(TwinningProcess.TASK_EVALUATE_SIAE), Map.of());
        runJobsAfter(Duration.ofDays(7));
        assertThat(glue.mails).containsExactly("evaluation reminder TIERS_LIEU");
        assertThat(pi).isWaitingAt(TwinningProcess.TASK_EVALUATE_HOST);
    }

    @Test
    void withoutBothEvaluationsAfterThirtyDaysItClosesAnyway() {
        ProcessInstance pi = scheduledAndAttended();
        complete(task(TwinningProcess.TASK_EVALUATE_HOST), Map.of());
        runJobsAfter(Duration.ofDays(30).minusMinutes(1));
        assertThat(pi).isNotEnded();
        runJobsAfter(Duration.ofMinutes(1));
        assertThat(pi).isEnded().hasPassed("boundary_evaluation_expired", "end_event_closed");
        assertThat(glue.recorded).endsWith("expired", "earners");
        assertThat(glue.mails).containsExactly("evaluation reminder SIAE");
    }

    @Test
    void aCancellationEndsTheProcessWhereverItWaits() {
        ProcessInstance pi = start();
        matched();
        complete(task(), Map.of(TwinningProcess.VAR_APPROVED, true));
        complete(task(TwinningProcess.TASK_CONFIRM), Map.of(TwinningProcess.VAR_CONFIRMED, true));
        runtimeService().createMessageCorrelation(TwinningProcess.MESSAGE_CANCELLED).processInstanceId(pi.getId())
                .correlate();
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        glue.mails.clear();
        runJobsAfter(Duration.ZERO);
        assertThat(glue.mails).containsExactly("cancellation");
        assertThat(pi).isEnded().hasPassed("service_task_notify_cancellation", "end_event_cancelled");
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    // --- Helpers ------------------------------------------------------------------------------------------------

    private ProcessInstance start() {
        current = runtimeService().startProcessInstanceByKey(TwinningProcess.KEY, "TSF-12", Map.of(
                TwinningProcess.VAR_TWINNING_ID, 12L, TwinningProcess.VAR_STAFF_GROUP, STAFF,
                TwinningProcess.VAR_DIRECTOR_GROUP, DIRECTORS, TwinningProcess.VAR_DAY_NUMBERS,
                TwinningProcess.DAY_NUMBERS));
        return current;
    }

    /** What the service does when the coordinator accepts a proposal. */
    private void matched() {
        runtimeService().createMessageCorrelation(TwinningProcess.MESSAGE_MATCHED).processInstanceId(current.getId())
                .setVariable(TwinningProcess.VAR_HOST_GROUP, HOST).correlate();
    }

    private ProcessInstance scheduledAndAttended() {
        ProcessInstance pi = start();
        matched();
        complete(task(), Map.of(TwinningProcess.VAR_APPROVED, true));
        complete(task(TwinningProcess.TASK_CONFIRM), Map.of(TwinningProcess.VAR_CONFIRMED, true));
        runJobsAfter(Duration.ZERO);
        tasks(TwinningProcess.TASK_ATTENDANCE).forEach(t -> complete(t, Map.of()));
        glue.mails.clear();
        return pi;
    }

    /** Moves the engine's clock on and runs every job due by then, as the job executor would. */
    private void runJobsAfter(Duration wait) {
        now = now.plus(wait).plusSeconds(1);
        ClockUtil.setCurrentTime(Date.from(now));
        List<Job> due;
        while (!(due = managementService().createJobQuery().processInstanceId(current.getId()).executable().list())
                .isEmpty()) {
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    private Task task() {
        return task(TwinningProcess.TASK_APPROVE);
    }

    private Task task(String key) {
        return taskService().createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private List<Task> tasks(String key) {
        return taskService().createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey(key).list();
    }

    private static void complete(Task task, Map<String, Object> variables) {
        taskService().complete(task.getId(), variables);
    }
}
