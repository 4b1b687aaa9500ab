package fr.pepites.referral;

/** What the person is referred for. */
public enum Goal {
    /** An insertion job in an SIAE: needs an IAE eligibility diagnosis. */
    INSERTION_JOB,
    /** A staff job in the IAE (encadrant technique, CIP…), possibly with a training route. */
    STAFF_JOB
}
