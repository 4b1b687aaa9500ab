package fr.pepites.learning;

/** How a learning fact took place: on site (présentiel), at a distance, or both. Labels: "learning.modality.NAME". */
public enum Modality {
    ON_SITE,
    DISTANCE,
    HYBRID
}
