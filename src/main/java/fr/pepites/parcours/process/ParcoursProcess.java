package fr.pepites.parcours.process;

/** Names of {@code bpmn/parcours-transition.bpmn}: process key, variables, user tasks, messages and decisions. */
public final class ParcoursProcess {

    public static final String KEY = "parcours_transition";

    public static final String VAR_PARCOURS_ID = "parcoursId";
    /** Candidate groups of the SIAE's tasks: its staff and its directors. */
    public static final String VAR_STAFF_GROUP = "staffGroup";
    public static final String VAR_DIRECTOR_GROUP = "directorGroup";
    /** Candidate group of the hand-back's task: the advisers of the CEP operator chosen. */
    public static final String VAR_CEP_GROUP = "cepGroup";
    /** The timers' dates, set from the planned end (and the exit) each time it moves: see {@code ParcoursDates}. */
    public static final String VAR_REVIEW_DUE = "reviewDue";
    public static final String VAR_REMINDER_DUE = "reminderDue";
    public static final String VAR_ESCALATION_DUE = "escalationDue";
    public static final String VAR_PLANNED_END_DUE = "plannedEndDue";
    public static final String VAR_FOLLOW_UP_DUE = "followUpDue";
    /** The introductions to partner employers a review asked for, one coordinator task each. */
    public static final String VAR_INTRODUCTION_IDS = "introductionIds";
    /** Local to each task of the introductions: the one it is about. */
    public static final String VAR_INTRODUCTION_ID = "introductionId";
    public static final String VAR_HAND_BACK_DECISION = "handBackDecision";

    public static final String TASK_REVIEW = "user_task_review";
    public static final String TASK_RECORD_EXIT = "user_task_record_exit";
    public static final String TASK_FOLLOW_UP = "user_task_follow_up";
    public static final String TASK_ACCEPT_HAND_BACK = "user_task_accept_hand_back";
    public static final String TASK_HAND_BACK_DECLINED = "user_task_hand_back_declined";
    public static final String TASK_ARRANGE_INTRODUCTION = "user_task_arrange_introduction";

    public static final String MESSAGE_END_MOVED = "parcours_end_moved";
    public static final String MESSAGE_EARLY_BREAK = "parcours_early_break";
    public static final String MESSAGE_HAND_BACK = "parcours_hand_back";
    public static final String MESSAGE_INTRODUCTIONS = "parcours_introductions";

    /** Values of {@link #VAR_HAND_BACK_DECISION}, as the hand-back's gateways test them. */
    public enum HandBackDecision {
        ACCEPT, DECLINE, ANOTHER_CEP, NONE
    }

    private ParcoursProcess() {
    }
}
