package fr.pepites.learning.process;

/** Names of {@code bpmn/learning-session.bpmn}: process key, variables, user tasks, messages. */
public final class LearningSessionProcess {

    public static final String KEY = "learning_session";

    public static final String VAR_SESSION_ID = "sessionId";
    /** The attendance task's candidate groups: the organiser's (an SIAE's directors) and the coordinators. */
    public static final String VAR_ORGANISER_GROUPS = "organiserGroups";
    /** The timers' dates, set at the start and when the session moves. */
    public static final String VAR_DEADLINE = "registrationDeadline";
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_STARTS_AT = "startsAt";
    /** A notice's or a survey's registration (local to its event subprocess or survey instance). */
    public static final String VAR_REGISTRATION_ID = "registrationId";
    public static final String VAR_NOTICE = "notice";

    public static final String TIMER_DEADLINE = "timer_registration_deadline";
    public static final String TIMER_REMINDER = "timer_two_days_before";
    public static final String TIMER_START = "timer_session_starts";

    public static final String TASK_ATTENDANCE = "user_task_record_attendance";
    public static final String TASK_SURVEY = "user_task_answer_survey";

    public static final String MESSAGE_CANCELLED = "learning_session_cancelled";
    public static final String MESSAGE_NOTICE = "learning_session_notice";

    private LearningSessionProcess() {
    }
}
