package fr.pepites.learning;

/** What an award rule counts over a learner's ledger. Labels: "learning.ruleType.NAME". */
public enum RuleType {
    /** At least N activities of a kind (and of a theme, if the rule names one) within the last M months. */
    COUNT,
    /** At least H hours of a kind (and theme) within the last M months, or ever when the rule names no months. */
    HOURS,
    /** At least P % of the sessions of an offer attended (its sessions held or to come, the cancelled ones aside). */
    SESSIONS,
    /** All of these capsules passed with at least X %. */
    CAPSULES
}
