package fr.pepites.parcours;

import java.util.Arrays;
import java.util.List;

/** The detailed reason of an exit, each of one category; labels "parcours.exitReason.NAME". */
public enum ExitReason {
    CDI(ExitCategory.DURABLE_JOB),
    CDD_6_MONTHS_OR_MORE(ExitCategory.DURABLE_JOB),
    BUSINESS_CREATION(ExitCategory.DURABLE_JOB),
    CIVIL_SERVICE(ExitCategory.DURABLE_JOB),
    CDD_UNDER_6_MONTHS(ExitCategory.TRANSITION_JOB),
    SUBSIDISED_CONTRACT(ExitCategory.TRANSITION_JOB),
    TEMPORARY_WORK(ExitCategory.TRANSITION_JOB),
    QUALIFYING_TRAINING(ExitCategory.POSITIVE_EXIT),
    OTHER_SIAE(ExitCategory.POSITIVE_EXIT),
    RETIREMENT(ExitCategory.POSITIVE_EXIT),
    JOB_SEEKING(ExitCategory.OTHER_EXIT),
    HEALTH(ExitCategory.OTHER_EXIT),
    MOVED_AWAY(ExitCategory.OTHER_EXIT),
    NO_NEWS(ExitCategory.OTHER_EXIT),
    OTHER(ExitCategory.OTHER_EXIT),
    UNREACHABLE(ExitCategory.UNREACHABLE);

    private final ExitCategory category;

    ExitReason(ExitCategory category) {
        this.category = category;
    }

    public ExitCategory category() {
        return category;
    }

    public static List<ExitReason> of(ExitCategory category) {
        return Arrays.stream(values()).filter(r -> r.category == category).toList();
    }
}
