package fr.pepites.twinning;

/** How a twinning's four days follow each other. Labels: "twinning.rhythm.NAME". */
public enum Rhythm {
    /** Four consecutive open days of the tiers-lieu. */
    CONSECUTIVE_DAYS,
    /** One day a week over four consecutive weeks. */
    WEEKLY
}
