package fr.pepites.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's history cleanup is scheduled: without a batch window it never runs by itself. */
@PepitesSpringTest
class HistoryCleanupTest {

    @Autowired
    HistoryService history;

    @Test
    void historyOlderThanItsTimeToLiveIsRemovedEveryNightFromOneOClock() {
        List<Job> cleanup = history.findHistoryCleanupJobs();
        assertThat(cleanup).isNotEmpty();
        assertThat(cleanup).allSatisfy(job -> assertThat(
                job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime())
                .isEqualTo(LocalTime.of(1, 0)));
    }
}
