package fr.pepites.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The backlog of the job executors ({@code jobBacklog} in the health): the jobs due now (timers, e-mail steps), how
 * long the oldest has waited, the jobs out of tries (incidents). Down when a due job has waited more than
 * {@value #STUCK_MINUTES} minutes: no node's job executor is working through them.
 */
@Component
class JobBacklogHealthIndicator implements HealthIndicator {

    static final long STUCK_MINUTES = 30;

    private final ManagementService management;

    JobBacklogHealthIndicator(ManagementService management) {
        this.management = management;
    }

    @Override
    public Health health() {
        Date now = new Date();
        long due = management.createJobQuery().executable().duedateLowerThan(now).count();
        long failed = management.createJobQuery().noRetriesLeft().count();
        Job oldest = management.createJobQuery().executable().duedateLowerThan(now).orderByJobDuedate().asc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        long waitedMinutes = oldest == null || oldest.getDuedate() == null ? 0
                : Duration.between(oldest.getDuedate().toInstant(), Instant.now()).toMinutes();
        Health.Builder health = waitedMinutes > STUCK_MINUTES ? Health.down() : Health.up();
        return health.withDetail("dueJobs", due).withDetail("oldestDueWaitedMinutes", waitedMinutes)
                .withDetail("jobsOutOfTries", failed).build();
    }
}
