package fr.pepites.parcours;

/** Why a PASS IAE is extended beyond its 24 months; labels "parcours.extension.NAME". */
public enum ExtensionReason {
    /** To finish a training under way. */
    TRAINING_UNDER_WAY,
    /** Employees aged 50 or more. */
    AGED_50_OR_MORE,
    /** Recognised disability (RQTH). */
    DISABILITY,
    /** Particularly serious difficulties, assessed by the SIAE. */
    SERIOUS_DIFFICULTIES
}
