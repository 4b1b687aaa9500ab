package fr.pepites.referral;

/** Why an SIAE refused a referral: a fixed list, so that refusals can be counted. */
public enum RefusalReason {
    DID_NOT_COME,
    NOT_ELIGIBLE,
    NOT_MOBILE,
    LACKING_SKILLS,
    NO_POSITION,
    CANDIDATE_NOT_INTERESTED,
    DUPLICATE,
    OTHER
}
