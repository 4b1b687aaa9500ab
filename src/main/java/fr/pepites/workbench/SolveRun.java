package fr.pepites.workbench;

import java.time.Instant;

/**
 * Where a workbench's solve stands, as every coordinator's screen shows it (an immutable snapshot).
 *
 * @param startedBy who started it
 * @param subjects what the problem places (people waiting for a match, twinning requests)
 * @param resources what it places them on (free seats, tiers-lieux)
 * @param score best score so far, e.g. "0hard/123456soft"
 * @param placed subjects with a proposal in the best solution
 * @param improvements how many times the best solution improved
 */
public record SolveRun(Status status, String startedBy, Instant startedAt, Instant endedAt, int subjects,
        int resources, String score, long placed, int improvements) {

    public enum Status {
        RUNNING, FINISHED, STOPPED, FAILED,
        /** The node that ran it stopped (its heartbeat ceased): its best proposals so far are kept. */
        INTERRUPTED
    }

    static SolveRun started(String by, int subjects, int resources) {
        return new SolveRun(Status.RUNNING, by, Instant.now(), null, subjects, resources, null, 0, 0);
    }

    SolveRun improved(String bestScore, long bestPlaced) {
        return new SolveRun(status, startedBy, startedAt, endedAt, subjects, resources, bestScore, bestPlaced,
                improvements + 1);
    }

    SolveRun ended(Status how) {
        return new SolveRun(how, startedBy, startedAt, Instant.now(), subjects, resources, score, placed,
                improvements);
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
