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
 * @param kept the proposals the database holds for the workbench, as read from it ({@link Kept#NONE} in the solving
 *        node's own copy of its run)
 */
public record SolveRun(Status status, String startedBy, Instant startedAt, Instant endedAt, int subjects,
        int resources, String score, long placed, int improvements, Kept kept) {

    public enum Status {
        RUNNING,
        /** Ended at its time limit, or once it had not improved for a while. */
        FINISHED,
        /**
         * Ended at once: its proposals are proven the best possible for the current data and weights
         * ({@link SolveProblem#optimumProven}), no search can do better.
         */
        OPTIMAL,
        STOPPED, FAILED,
        /** The node that ran it stopped (its heartbeat ceased): what it saved is kept, see {@link Kept}. */
        INTERRUPTED
    }

    /**
     * The proposals a workbench holds: a solve's replace the previous solve's at its first save, so a solve
     * interrupted before it leaves the previous ones as they were.
     *
     * @param proposals subjects with a proposal when they were saved
     * @param savedAt when they were last saved; null when there are none
     * @param byThisRun saved by this run (false: still the previous solve's, or none)
     */
    public record Kept(long proposals, Instant savedAt, boolean byThisRun) {

        public static final Kept NONE = new Kept(0, null, false);

        public boolean any() {
            return savedAt != null;
        }
    }

    static SolveRun started(String by, int subjects, int resources) {
        return new SolveRun(Status.RUNNING, by, Instant.now(), null, subjects, resources, null, 0, 0, Kept.NONE);
    }

    SolveRun improved(String bestScore, long bestPlaced) {
        return new SolveRun(status, startedBy, startedAt, endedAt, subjects, resources, bestScore, bestPlaced,
                improvements + 1, kept);
    }

    SolveRun ended(Status how) {
        return new SolveRun(how, startedBy, startedAt, Instant.now(), subjects, resources, score, placed,
                improvements, kept);
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
