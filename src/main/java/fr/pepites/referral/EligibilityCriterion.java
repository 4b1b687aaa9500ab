package fr.pepites.referral;

/** Administrative criteria of the IAE eligibility diagnosis, of level 1 or 2. */
public enum EligibilityCriterion {
    // Level 1: one is enough.
    RSA_BENEFICIARY(1),
    ASS_RECIPIENT(1),
    AAH_RECIPIENT(1),
    VERY_LONG_TERM_JOBSEEKER(1),
    // Level 2: two for an AI or an ETTI, three for an ACI, an EI or an EITI.
    LOW_QUALIFICATION(2),
    OVER_50(2),
    UNDER_26(2),
    LEAVING_CHILD_WELFARE(2),
    LONG_TERM_JOBSEEKER(2),
    DISABLED_WORKER(2),
    SINGLE_PARENT(2),
    HOMELESS_OR_HOSTED(2),
    REFUGEE_OR_ASYLUM_SEEKER(2),
    PRIORITY_NEIGHBOURHOOD_RESIDENT(2),
    RURAL_AREA_RESIDENT(2),
    JUSTICE_PLACEMENT(2),
    FRENCH_LANGUAGE(2),
    MOBILITY_PROBLEM(2);

    private final int level;

    EligibilityCriterion(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }
}
