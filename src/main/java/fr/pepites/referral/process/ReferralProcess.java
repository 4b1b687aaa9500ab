package fr.pepites.referral.process;

/** Names of {@code bpmn/referral.bpmn}: process key, variables, user tasks, messages and decisions. */
public final class ReferralProcess {

    public static final String KEY = "referral";

    public static final String VAR_REFERRAL_ID = "referralId";
    /** The vacancy the referral goes to next; null while it waits for a match. */
    public static final String VAR_VACANCY_ID = "vacancyId";
    /** Candidate group of the SIAE's tasks: the members of the SIAE it is sent to. */
    public static final String VAR_SIAE_GROUP = "siaeGroup";
    /** Candidate group of the adviser's tasks: the advisers of the referring CEP operator. */
    public static final String VAR_ADVISER_GROUP = "adviserGroup";
    public static final String VAR_DECISION = "decision";
    /**
     * Local to the branch of the e-mail to the SIAE: the vacancy it announces, set when the branch starts (the e-mail
     * step runs later, asynchronously, and the referral may have been re-sent elsewhere meanwhile).
     */
    public static final String VAR_MAIL_VACANCY_ID = "mailVacancyId";

    public static final String TASK_MATCH = "user_task_match_referral";
    public static final String TASK_REVIEW_PROPOSAL = "user_task_review_proposal";
    public static final String TASK_REVIEW = "user_task_review_referral";
    public static final String TASK_PROCESS = "user_task_process_referral";
    public static final String TASK_INTERVIEW = "user_task_interview";
    public static final String TASK_POSTPONED = "user_task_resume_postponed";
    public static final String TASK_AFTER_REFUSAL = "user_task_after_refusal";

    public static final String MESSAGE_MATCH_PROPOSED = "referral_match_proposed";
    public static final String MESSAGE_CANCELLED = "referral_cancelled";
    public static final String MESSAGE_OBSOLETE = "referral_obsolete";

    /** Values of {@link #VAR_DECISION}, as the gateways of the process test them. */
    public enum Decision {
        PROCESS, INTERVIEW, ACCEPT, REFUSE, POSTPONE, RESUME, RESEND, TO_MATCHING, CLOSE, ACCEPT_PROPOSAL,
        REJECT_PROPOSAL
    }

    private ReferralProcess() {
    }
}
