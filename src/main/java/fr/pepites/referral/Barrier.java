package fr.pepites.referral;

/** Peripheral barriers to employment (freins périphériques). */
public enum Barrier {
    MOBILITY,
    HOUSING,
    CHILDCARE,
    HEALTH,
    LANGUAGE,
    DIGITAL
}
