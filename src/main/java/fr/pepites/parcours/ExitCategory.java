package fr.pepites.parcours;

import java.util.EnumSet;
import java.util.Set;

/** The official categories of an exit from IAE; labels "parcours.exitCategory.NAME". */
public enum ExitCategory {
    DURABLE_JOB,
    TRANSITION_JOB,
    POSITIVE_EXIT,
    OTHER_EXIT,
    /** At the six-month follow-up only: the person could not be reached. */
    UNREACHABLE;

    /** The "sorties dynamiques": durable, transition and positive exits. */
    public static final Set<ExitCategory> DYNAMIC = EnumSet.of(DURABLE_JOB, TRANSITION_JOB, POSITIVE_EXIT);

    /** The categories of an exit itself (a follow-up may also find the person unreachable). */
    public static final Set<ExitCategory> OF_EXIT = EnumSet.of(DURABLE_JOB, TRANSITION_JOB, POSITIVE_EXIT, OTHER_EXIT);
}
