package fr.pepites.parcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import fr.pepites.parcours.process.ParcoursProcess;
import fr.pepites.parcours.process.ParcoursProcess.HandBackDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
 * Every path and timer of {@code bpmn/parcours-transition.bpmn}, on a bare engine with the domain glue recorded; the
 * engine's clock is moved to each date and the jobs due then are run, as the job executor would.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/parcours-transition.bpmn")
class ParcoursProcessTest {

    private static final String STAFF = "SIAE_STAFF-org-7";
    private static final String DIRECTORS = "SIAE_DIRECTOR-org-7";
    private static final String CEP = "CEP_ADVISER-org-3";
    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final LocalDate PLANNED_END = LocalDate.of(2027, 12, 31);

    /** Stands in for the domain: records each state the process enters and each e-mail it sends. */
    public static class RecordingGlue {
        final List<String> statuses = new ArrayList<>();
        final List<String> mails = new ArrayList<>();

        public void enter(DelegateExecution execution, String status) {
            statuses.add(status);
        }

        public void remindSiae(DelegateExecution execution) {
            mails.add("reminder");
        }

        public void alertDirector(DelegateExecution execution) {
            mails.add("director");
        }

        public void notifyCep(DelegateExecution execution) {
            mails.add("cep");
        }
    }

    private final RecordingGlue glue = new RecordingGlue();

    /** Injected by the extension; named explicitly, as the application's engine may run in the same JVM. */
    ProcessEngine engine;

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine);
        Mocks.register("parcoursProcess", glue);
        ClockUtil.setCurrentTime(ParcoursDates.morning(START));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theReviewOpensThreeMonthsBeforeThePlannedEndThenTheExitAtTheEndAndTheFollowUpSixMonthsAfter() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("gateway_wait_review");
        assertThat(dueTimers()).isEmpty();

        runJobsDueOn(PLANNED_END.minusMonths(3).minusDays(1));
        assertThat(pi).isWaitingAt("gateway_wait_review");
        runJobsDueOn(PLANNED_END.minusMonths(3));
        assertThat(pi).isWaitingAt(ParcoursProcess.TASK_REVIEW);
        assertThat(task()).hasCandidateGroup(STAFF).hasCandidateGroup(DIRECTORS);
        assertThat(glue.statuses).containsExactly("IN_PROGRESS", "REVIEW_OPEN");

        complete(task(), Map.of());
        assertThat(pi).isWaitingAt("gateway_wait_end");
        runJobsDueOn(PLANNED_END);
        assertThat(pi).isWaitingAt(ParcoursProcess.TASK_RECORD_EXIT);
        assertThat(glue.statuses).endsWith("EXIT_TO_RECORD");

        complete(task(), Map.of(ParcoursProcess.VAR_FOLLOW_UP_DUE, ParcoursDates.followUpTimer(PLANNED_END)));
        assertThat(pi).isWaitingAt("timer_follow_up_due");
        runJobsDueOn(PLANNED_END.plusMonths(6).minusDays(1));
        assertThat(pi).isWaitingAt("timer_follow_up_due");
        runJobsDueOn(PLANNED_END.plusMonths(6));
        assertThat(pi).isWaitingAt(ParcoursProcess.TASK_FOLLOW_UP);
        assertThat(task()).hasCandidateGroup(STAFF);

        complete(task(), Map.of());
        assertThat(pi).isEnded().hasPassed("end_event_parcours_closed");
        assertThat(glue.statuses).endsWith("CLOSED");
        assertThat(glue.mails).isEmpty();
    }

    @Test
    void aRenewalBeforeTheReviewMovesTheReviewTimerToTheNewEnd() {
        ProcessInstance pi = start();
        LocalDate renewedEnd = PLANNED_END.plusMonths(6);
        moveEnd(pi, renewedEnd);

        assertThat(pi).isWaitingAt("gateway_wait_review");
        assertThat(timer("timer_review_due").getDuedate()).isEqualTo(ParcoursDates.morning(renewedEnd.minusMonths(3)));
        runJobsDueOn(PLANNED_END.minusMonths(3));
        assertThat(pi).isWaitingAt("gateway_wait_review");
        runJobsDueOn(renewedEnd.minusMonths(3));
        assertThat(pi).isWaitingAt(ParcoursProcess.TASK_REVIEW);
    }

    @Test
    void aRenewalDuringTheReviewClosesItUntilThreeMonthsBeforeTheNewEnd() {
        ProcessInstance pi = start();
        runJobsDueOn(PLANNED_END.minusMonths(3));
        assertThat(pi).isWaitingAt(ParcoursProcess.TASK_REVIEW);

        LocalDate renewedEnd = PLANNED_END.plusMonths(4);
        moveEnd(pi, renewedEnd);
        assertThat(pi).isWaitingAt("gateway_wait_review");
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(glue.statuses).endsWith("REVIEW_OPEN", "IN_PROGRESS");

        runJobsDueOn(renewedEnd.minusMonths(3));
        assertThat(pi).isWaitingAt(ParcoursProcess.TASK_REVIEW);
        assertThat(timer("boundary_review_reminder").getDuedate())
                .isEqualTo(ParcoursDates.morning(renewedEnd.minusMonths(1)));
    }

    @Test
    void aSuspensionAfterTheReviewMovesTheExitToTheNewEnd() {
        ProcessInstance pi = start();
        runJobsDueOn(PLANNED_END.minusMonths(3));
        complete(task(), Map.of());
        LocalDate pushedEnd = PLANNED_END.plusDays(20);
        moveEnd(pi, pushedEnd);

        assertThat(pi).isWaitingAt("gateway_wait_end");
        runJobsDueOn(PLANNED_END);
        assertThat(pi).isWaitingAt("gateway_wait_end");
        runJobsDueOn(pushedEnd);
        assertThat(pi).isWaitingAt(ParcoursProcess.TASK_RECORD_EXIT);
    }

    @Test
    void aReviewStillOpenAMonthBeforeTheEndRemindsTheSiaeAndAlertsTheDirectorAtTwoWeeks() {
        ProcessInstance pi = start();
        runJobsDueOn(PLANNED_END.minusMonths(3));
        runJobsDueOn(PLANNED_END.minusMonths(1).minusDays(1));
        assertThat(glue.mails).isEmpty();

        runJobsDueOn(PLANNED_END.minusMonths(1));
        assertThat(glue.mails).containsExactly("reminder");
        runJobsDueOn(PLANNED_END.minusDays(14));
        assertThat(glue.mails).containsExactly("reminder", "director");
        assertThat(pi).isWaitingAt(ParcoursProcess.TASK_REVIEW).hasPassed("end_event_siae_reminded",
                "end_event_director_alerted");
    }

    @Test
    void aReviewDoneInTimeSendsNoReminder() {
        ProcessInstance pi = start();
        runJobsDueOn(PLANNED_END.minusMonths(3));
        complete(task(), Map.of());
        runJobsDueOn(PLANNED_END.minusDays(1));
        assertThat(glue.mails).isEmpty();
        assertThat(pi).isWaitingAt("gateway_wait_end");
    }

    @Test
    void anEarlyBreakBeforeTheReviewGoesStraightToTheExit() {
        ProcessInstance pi = start();
        runtimeService().createMessageCorrelation(ParcoursProcess.MESSAGE_EARLY_BREAK).processInstanceId(pi.getId())
                .correlate();
        assertThat(pi).isWaitingAt(ParcoursProcess.TASK_RECORD_EXIT).hasPassed("boundary_early_break");
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void anEarlyBreakDuringTheReviewClosesItAndGoesToTheExit() {
        ProcessInstance pi = start();
        runJobsDueOn(PLANNED_END.minusMonths(3));
        runtimeService().createMessageCorrelation(ParcoursProcess.MESSAGE_EARLY_BREAK).processInstanceId(pi.getId())
                .correlate();
        assertThat(pi).isWaitingAt(ParcoursProcess.TASK_RECORD_EXIT);
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(
                ParcoursProcess.TASK_REVIEW).count()).isZero();
    }

    @Test
    void aHandBackIsMailedToTheCepOperatorWhoseAdviserAcceptsIt() {
        ProcessInstance pi = startWithReview();
        handBack(pi);
        Task accept = task(ParcoursProcess.TASK_ACCEPT_HAND_BACK);
        assertThat(accept).hasCandidateGroup(CEP);
        assertThat(pi).isWaitingAt("service_task_mail_cep");
        runJobsDueOn(PLANNED_END.minusMonths(3));
        assertThat(glue.mails).containsExactly("cep");

        complete(accept, Map.of(ParcoursProcess.VAR_HAND_BACK_DECISION, HandBackDecision.ACCEPT.name()));
        assertThat(pi).hasPassed("end_event_hand_back_accepted", "end_event_cep_mailed")
                .isWaitingAt("gateway_wait_end");
    }

    @Test
    void aDeclinedHandBackGoesBackToTheSiaeWhichPicksAnotherCepOrNone() {
        ProcessInstance pi = startWithReview();
        handBack(pi);
        complete(task(ParcoursProcess.TASK_ACCEPT_HAND_BACK),
                Map.of(ParcoursProcess.VAR_HAND_BACK_DECISION, HandBackDecision.DECLINE.name()));
        Task declined = task(ParcoursProcess.TASK_HAND_BACK_DECLINED);
        assertThat(declined).hasCandidateGroup(STAFF);

        complete(declined, Map.of(ParcoursProcess.VAR_HAND_BACK_DECISION, HandBackDecision.ANOTHER_CEP.name(),
                ParcoursProcess.VAR_CEP_GROUP, "CEP_ADVISER-org-4"));
        assertThat(task(ParcoursProcess.TASK_ACCEPT_HAND_BACK)).hasCandidateGroup("CEP_ADVISER-org-4");
        complete(task(ParcoursProcess.TASK_ACCEPT_HAND_BACK),
                Map.of(ParcoursProcess.VAR_HAND_BACK_DECISION, HandBackDecision.DECLINE.name()));
        complete(task(ParcoursProcess.TASK_HAND_BACK_DECLINED),
                Map.of(ParcoursProcess.VAR_HAND_BACK_DECISION, HandBackDecision.NONE.name()));
        assertThat(pi).hasPassed("end_event_no_hand_back").isWaitingAt("gateway_wait_end");
    }

    @Test
    void eachIntroductionToAnEmployerIsACoordinatorTaskOfItsOwn() {
        ProcessInstance pi = startWithReview();
        runtimeService().setVariable(pi.getId(), ParcoursProcess.VAR_INTRODUCTION_IDS, List.of(31L, 32L));
        runtimeService().createMessageCorrelation(ParcoursProcess.MESSAGE_INTRODUCTIONS).processInstanceId(pi.getId())
                .correlate();
        List<Task> tasks = taskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(ParcoursProcess.TASK_ARRANGE_INTRODUCTION).list();
        assertThat(tasks).hasSize(2).allSatisfy(t -> assertThat(t).hasCandidateGroup("COORDINATOR"));
        assertThat(tasks).extracting(t -> taskService().getVariable(t.getId(), ParcoursProcess.VAR_INTRODUCTION_ID))
                .containsExactlyInAnyOrder(31L, 32L);

        tasks.forEach(t -> complete(t, Map.of()));
        assertThat(pi).hasPassed("end_event_introductions_done").isWaitingAt("gateway_wait_end");
    }

    @Test
    void theParcoursClosesOnlyOnceAPendingHandBackIsAnswered() {
        ProcessInstance pi = startWithReview();
        handBack(pi);
        runJobsDueOn(PLANNED_END);
        complete(task(ParcoursProcess.TASK_RECORD_EXIT), Map.of(ParcoursProcess.VAR_FOLLOW_UP_DUE,
                ParcoursDates.followUpTimer(PLANNED_END)));
        runJobsDueOn(PLANNED_END.plusMonths(6));
        complete(task(ParcoursProcess.TASK_FOLLOW_UP), Map.of());
        assertThat(pi).isNotEnded().isWaitingAt(ParcoursProcess.TASK_ACCEPT_HAND_BACK);

        complete(task(ParcoursProcess.TASK_ACCEPT_HAND_BACK),
                Map.of(ParcoursProcess.VAR_HAND_BACK_DECISION, HandBackDecision.ACCEPT.name()));
        assertThat(pi).isEnded();
    }

    // --- Helpers ------------------------------------------------------------------------------------------------

    private ProcessInstance current;

    private ProcessInstance start() {
        Map<String, Object> variables = new HashMap<>(ParcoursDates.timers(PLANNED_END));
        variables.put(ParcoursProcess.VAR_PARCOURS_ID, 12L);
        variables.put(ParcoursProcess.VAR_STAFF_GROUP, STAFF);
        variables.put(ParcoursProcess.VAR_DIRECTOR_GROUP, DIRECTORS);
        current = runtimeService().startProcessInstanceByKey(ParcoursProcess.KEY, "PAR-12", variables);
        return current;
    }

    /** A parcours whose review is done, waiting for its end. */
    private ProcessInstance startWithReview() {
        ProcessInstance pi = start();
        runJobsDueOn(PLANNED_END.minusMonths(3));
        complete(task(), Map.of());
        return pi;
    }

    private void handBack(ProcessInstance pi) {
        runtimeService().setVariable(pi.getId(), ParcoursProcess.VAR_CEP_GROUP, CEP);
        runtimeService().createMessageCorrelation(ParcoursProcess.MESSAGE_HAND_BACK).processInstanceId(pi.getId())
                .correlate();
    }

    /** What the service does when the planned end moves: the timers' dates, then the message that re-arms them. */
    private void moveEnd(ProcessInstance pi, LocalDate plannedEnd) {
        runtimeService().setVariables(pi.getId(), ParcoursDates.timers(plannedEnd));
        runtimeService().createMessageCorrelation(ParcoursProcess.MESSAGE_END_MOVED).processInstanceId(pi.getId())
                .correlateAll();
    }

    /** Moves the engine's clock to 8 a.m. that day and runs every job due by then, as the job executor would. */
    private void runJobsDueOn(LocalDate day) {
        ClockUtil.setCurrentTime(new Date(ParcoursDates.morning(day).getTime() + 1000));
        List<Job> due;
        while (!(due = dueTimers()).isEmpty() || !messages().isEmpty()) {
            (due.isEmpty() ? messages() : due).forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    private List<Job> dueTimers() {
        return managementService().createJobQuery().processInstanceId(current.getId()).timers().executable().list();
    }

    private List<Job> messages() {
        return managementService().createJobQuery().processInstanceId(current.getId()).messages().list();
    }

    private Job timer(String activityId) {
        return managementService().createJobQuery().processInstanceId(current.getId()).activityId(activityId)
                .singleResult();
    }

    private Task task() {
        return taskService().createTaskQuery().processInstanceId(current.getId()).singleResult();
    }

    private Task task(String key) {
        return taskService().createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private static void complete(Task task, Map<String, Object> variables) {
        taskService().complete(task.getId(), variables);
    }
}
