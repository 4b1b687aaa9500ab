package fr.pepites.twinning;

/** The two sides of a twinning: the SIAE that asks, the tiers-lieu that hosts. Labels: "twinning.side.NAME". */
public enum Side {
    SIAE, TIERS_LIEU
}
