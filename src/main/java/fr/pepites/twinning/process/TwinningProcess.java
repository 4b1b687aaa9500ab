package fr.pepites.twinning.process;

import java.util.List;

/** Names of {@code bpmn/twinning.bpmn}: process key, variables, user tasks, messages. */
public final class TwinningProcess {

    public static final String KEY = "twinning";

    public static final String VAR_TWINNING_ID = "twinningId";
    /** Candidate groups: the SIAE's staff and directors, the tiers-lieu's managers (set once a proposal is accepted). */
    public static final String VAR_STAFF_GROUP = "staffGroup";
    public static final String VAR_DIRECTOR_GROUP = "directorGroup";
    public static final String VAR_HOST_GROUP = "hostGroup";
    /** The days of the attendance tasks, 0 to 3; each task's own {@link #VAR_DAY}. */
    public static final String VAR_DAY_NUMBERS = "dayNumbers";
    public static final String VAR_DAY = "day";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_CONFIRMED = "confirmed";

    public static final List<Integer> DAY_NUMBERS = List.of(0, 1, 2, 3);

    public static final String TASK_APPROVE = "user_task_approve";
    public static final String TASK_CONFIRM = "user_task_confirm";
    public static final String TASK_ATTENDANCE = "user_task_attendance";
    public static final String TASK_EVALUATE_SIAE = "user_task_evaluate_siae";
    public static final String TASK_EVALUATE_HOST = "user_task_evaluate_host";

    public static final String MESSAGE_MATCHED = "twinning_matched";
    public static final String MESSAGE_CANCELLED = "twinning_cancelled";

    private TwinningProcess() {
    }
}
