package fr.pepites.matching;

import java.time.Instant;

/**
 * Where the workbench's solve stands, as every coordinator's screen shows it (an immutable snapshot).
 *
 * @param startedBy who started it
 * @param people people waiting for a match in the problem
 * @param seats free seats in the problem
 * @param score best score so far, e.g. "0hard/123456soft"
 * @param matched people with a proposal in the best solution
 * @param improvements how many times the best solution improved
 */
public record MatchingRun(Status status, String startedBy, Instant startedAt, Instant endedAt, int people,
        int vacancies, int seats, String score, long matched, int improvements) {

    public enum Status {
        RUNNING, FINISHED, STOPPED, FAILED
    }

    static MatchingRun started(String by, MatchingProblem problem) {
        return new MatchingRun(Status.RUNNING, by, Instant.now(), null, problem.getProposals().size(),
                problem.getVacancies().size(), problem.getSeats().size(), null, 0, 0);
    }

    MatchingRun improved(MatchingProblem best) {
        return new MatchingRun(status, startedBy, startedAt, endedAt, people, vacancies, seats,
                String.valueOf(best.getScore()), best.matchedCount(), improvements + 1);
    }

    MatchingRun ended(Status how) {
        return new MatchingRun(how, startedBy, startedAt, Instant.now(), people, vacancies, seats, score, matched,
                improvements);
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
