package fr.pepites.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The processes' figures for Micrometer, read from the engine at each scrape: open user tasks and the age of the oldest
 * ({@code pepites.tasks.open}, {@code pepites.tasks.oldest.age}), e-mail steps waiting and failed
 * ({@code pepites.mails.waiting}, {@code pepites.mails.failed}: e-mail steps are the processes' only asynchronous
 * jobs), and open incidents ({@code pepites.incidents}).
 */
@Component
class WorkflowMetrics implements MeterBinder {

    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;

    WorkflowMetrics(TaskService tasks, ManagementService management, RuntimeService runtime) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pepites.tasks.open", () -> tasks.createTaskQuery().active().count())
                .description("User tasks waiting in the inbox").register(registry);
        Gauge.builder("pepites.tasks.oldest.age", this::oldestTaskAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest open user task").register(registry);
        Gauge.builder("pepites.mails.waiting", () -> management.createJobQuery().messages().withRetriesLeft().count())
                .description("E-mail steps waiting to be sent").register(registry);
        Gauge.builder("pepites.mails.failed", () -> management.createJobQuery().messages().noRetriesLeft().count())
                .description("E-mail steps out of tries (incidents)").register(registry);
        Gauge.builder("pepites.incidents", () -> runtime.createIncidentQuery().count())
                .description("Open incidents of the processes").register(registry);
    }

    private double oldestTaskAgeSeconds() {
        return tasks.createTaskQuery().active().orderByTaskCreateTime().asc().listPage(0, 1).stream().findFirst()
                .map(Task::getCreateTime).map(created -> (double) Duration.between(created.toInstant(), Instant.now())
                        .toSeconds()).orElse(0.0);
    }
}
