package fr.pepites.referral;

/** What happened to a referral, as its timeline shows it (labels: "referral.event.NAME"). */
public enum ReferralEventType {
    DRAFT_SAVED,
    SUBMITTED,
    AWAITING_MATCH,
    MATCH_PROPOSED,
    PROPOSAL_REJECTED,
    SENT,
    TAKEN_IN_CHARGE,
    INTERVIEW_SCHEDULED,
    ACCEPTED,
    REFUSED,
    POSTPONED,
    RESUMED,
    REMINDER_SENT,
    EXPIRED,
    CANCELLED,
    OBSOLETE,
    CLOSED
}
