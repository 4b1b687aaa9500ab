package fr.pepites.referral;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral stands; always equal to its place in the referral process (none for a draft). */
public enum ReferralStatus {
    DRAFT,
    SUBMITTED,
    AWAITING_MATCH,
    PROPOSED,
    SENT,
    PROCESSING,
    INTERVIEW,
    ACCEPTED,
    REFUSED,
    POSTPONED,
    CANCELLED,
    OBSOLETE,
    EXPIRED;

    /** States in which the referral waits for someone's answer; a refused referral may still be re-sent. */
    public static final Set<ReferralStatus> OPEN = EnumSet.of(SUBMITTED, AWAITING_MATCH, PROPOSED, SENT, PROCESSING,
            INTERVIEW, POSTPONED, REFUSED);

    /** States in which the SIAE has not given its final answer yet: reminders and expiry run. */
    public static final Set<ReferralStatus> AT_SIAE = EnumSet.of(SENT, PROCESSING, INTERVIEW, POSTPONED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
