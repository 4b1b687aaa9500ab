package fr.pepites.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import fr.pepites.learning.process.LearningSessionProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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
 * Every path and timer of {@code bpmn/learning-session.bpmn}, on a bare engine with the domain glue recorded; the
 * engine's clock is moved on and the jobs due then are run, as the job executor would.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/learning-session.bpmn")
class LearningSessionProcessTest {

    private static final String ORGANISERS = "SIAE_DIRECTOR-org-7,COORDINATOR";
    private static final Instant PLANNED = Instant.parse("2027-03-01T08:00:00Z");
    private static final Instant DEADLINE = PLANNED.plus(Duration.ofDays(5));
    private static final Instant REMINDER = PLANNED.plus(Duration.ofDays(8));
    private static final Instant STARTS = PLANNED.plus(Duration.ofDays(10));

    /** Stands in for the domain: records each state, e-mail and notice; registrations 41 and 42 were present. */
    public static class RecordingGlue {
        final List<String> statuses = new ArrayList<>();
        final List<String> mails = new ArrayList<>();
        List<Long> present = List.of(41L, 42L);

        public void enter(DelegateExecution execution, String status) {
            statuses.add(status);
        }

        public void remind(DelegateExecution execution) {
            mails.add("reminder");
        }

        public List<Long> attendees(DelegateExecution execution) {
            return present;
        }

        public String assigneeOf(Object registrationId) {
            return "u" + registrationId;
        }

        public void remindSurvey(DelegateExecution execution) {
            mails.add("survey reminder " + execution.getVariable(LearningSessionProcess.VAR_REGISTRATION_ID));
        }

        public void notifyCancellation(DelegateExecution execution) {
            mails.add("cancelled");
        }

        public void sendNotice(DelegateExecution execution) {
            mails.add(execution.getVariable(LearningSessionProcess.VAR_NOTICE) + " "
                    + execution.getVariable(LearningSessionProcess.VAR_REGISTRATION_ID));
        }

        public void close(DelegateExecution execution) {
            statuses.add("ENDED");
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
        Mocks.register("learningSession", glue);
        now = PLANNED;
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void closedAtTheDeadlineRemindedTwoDaysBeforeAttendedThenSurveyedItCloses() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(LearningSessionProcess.TIMER_DEADLINE);
        runJobsUntil(DEADLINE.minusSeconds(60));
        assertThat(glue.statuses).isEmpty();
        runJobsUntil(DEADLINE);
        assertThat(glue.statuses).containsExactly("CLOSED");
        assertThat(pi).isWaitingAt(LearningSessionProcess.TIMER_REMINDER);
        runJobsUntil(REMINDER);
        assertThat(glue.mails).containsExactly("reminder");
        assertThat(pi).isWaitingAt(LearningSessionProcess.TIMER_START);
        runJobsUntil(STARTS);
        assertThat(pi).isWaitingAt(LearningSessionProcess.TASK_ATTENDANCE);
        assertThat(task(LearningSessionProcess.TASK_ATTENDANCE)).hasCandidateGroup("SIAE_DIRECTOR-org-7")
                .hasCandidateGroup("COORDINATOR");

        taskService().complete(task(LearningSessionProcess.TASK_ATTENDANCE).getId());
        List<Task> surveys = tasks(LearningSessionProcess.TASK_SURVEY);
        assertThat(surveys).extracting(Task::getAssignee).containsExactlyInAnyOrder("u41", "u42");
        surveys.forEach(t -> taskService().complete(t.getId()));

        assertThat(pi).isEnded().hasPassed("service_task_close_session", "end_event_closed");
        assertThat(glue.statuses).containsExactly("CLOSED", "ENDED");
        assertThat(glue.mails).containsExactly("reminder");
    }

    @Test
    void anAttendeeIsRemindedOfTheSurveyAfterSevenDaysAndThirtyDaysCloseItWithoutTheAnswer() {
        ProcessInstance pi = attended();
        taskService().complete(tasks(LearningSessionProcess.TASK_SURVEY).stream()
                .filter(t -> t.getAssignee().equals("u41")).findFirst().orElseThrow().getId());
        runJobsUntil(now.plus(Duration.ofDays(7)));
        assertThat(glue.mails).containsExactly("survey reminder 42");
        runJobsUntil(now.plus(Duration.ofDays(23)).minusSeconds(120));
        assertThat(pi).isWaitingAt(LearningSessionProcess.TASK_SURVEY);
        runJobsUntil(now.plus(Duration.ofSeconds(120)));
        assertThat(pi).isEnded().hasPassed("boundary_surveys_expired", "end_event_closed");
        assertThat(glue.statuses).endsWith("ENDED");
    }

    @Test
    void withoutAnyoneAttendingTheSessionClosesAtOnce() {
        glue.present = List.of();
        ProcessInstance pi = attended();
        assertThat(pi).isEnded().hasPassed("end_event_closed");
    }

    @Test
    void aCancellationByTheOrganiserTellsTheRegistrantsAndEndsTheSession() {
        ProcessInstance pi = start();
        runJobsUntil(DEADLINE);
        runtimeService().createMessageCorrelation(LearningSessionProcess.MESSAGE_CANCELLED)
                .processInstanceId(pi.getId()).correlate();
        runJobsUntil(now);
        assertThat(glue.mails).containsExactly("cancelled");
        assertThat(pi).isEnded().hasPassed("service_task_mail_session_cancelled", "end_event_cancelled");
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void eachNoticeIsAnEmailOfItsOwnAndTheSessionWaitsOn() {
        ProcessInstance pi = start();
        notice(41L, "REGISTERED");
        notice(42L, "WAITING");
        runJobsUntil(now);
        assertThat(glue.mails).containsExactlyInAnyOrder("REGISTERED 41", "WAITING 42");
        assertThat(pi).isWaitingAt(LearningSessionProcess.TIMER_DEADLINE);
        assertThat(runtimeService().getVariables(pi.getId()))
                .doesNotContainKeys(LearningSessionProcess.VAR_REGISTRATION_ID, LearningSessionProcess.VAR_NOTICE);
    }

    // --- Helpers ------------------------------------------------------------------------------------------------

    private ProcessInstance start() {
        current = runtimeService().startProcessInstanceByKey(LearningSessionProcess.KEY, "SES-12", Map.of(
                LearningSessionProcess.VAR_SESSION_ID, 12L, LearningSessionProcess.VAR_ORGANISER_GROUPS, ORGANISERS,
                LearningSessionProcess.VAR_DEADLINE, Date.from(DEADLINE),
                LearningSessionProcess.VAR_REMINDER_AT, Date.from(REMINDER),
                LearningSessionProcess.VAR_STARTS_AT, Date.from(STARTS)));
        return current;
    }

    private ProcessInstance attended() {
        ProcessInstance pi = start();
        runJobsUntil(STARTS);
        taskService().complete(task(LearningSessionProcess.TASK_ATTENDANCE).getId());
        glue.mails.clear();
        return pi;
    }

    private void notice(long registrationId, String kind) {
        runtimeService().createMessageCorrelation(LearningSessionProcess.MESSAGE_NOTICE)
                .processInstanceId(current.getId())
                .setVariablesToTriggeredScope(Map.of(LearningSessionProcess.VAR_REGISTRATION_ID, registrationId,
                        LearningSessionProcess.VAR_NOTICE, kind))
                .correlate();
    }

    /** Moves the engine's clock to this instant and runs every job due by then, as the job executor would. */
    private void runJobsUntil(Instant instant) {
        now = instant.plusSeconds(1);
        ClockUtil.setCurrentTime(Date.from(now));
        List<Job> due;
        while (!(due = managementService().createJobQuery().processInstanceId(current.getId()).executable().list())
                .isEmpty()) {
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    private Task task(String key) {
        return taskService().createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private List<Task> tasks(String key) {
        return taskService().createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey(key).list();
    }
}
