package fr.pepites.parcours;

import java.util.EnumSet;
import java.util.Set;

/** Where a parcours stands in its process; labels from the i18n bundle ("parcours.status.NAME"). */
public enum ParcoursStatus {
    /** Under contract, the review not yet open. */
    IN_PROGRESS,
    /** The end-of-parcours review is open (three months before the planned end). */
    REVIEW_OPEN,
    /** Reviewed, waiting for the end of the contract. */
    REVIEWED,
    /** The contract has ended (or broken off): the exit is to be recorded. */
    EXIT_TO_RECORD,
    /** Exited, waiting for the six-month follow-up. */
    EXITED,
    /** Followed up: nothing left to do. */
    CLOSED;

    /** Under contract: its dates may still move (renewal, suspension) and it may break off. */
    public static final Set<ParcoursStatus> CURRENT = EnumSet.of(IN_PROGRESS, REVIEW_OPEN, REVIEWED);

    public boolean isCurrent() {
        return CURRENT.contains(this);
    }
}
