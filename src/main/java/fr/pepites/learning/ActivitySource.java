package fr.pepites.learning;

/**
 * Where a learning fact comes from, with the reference that names it there (a twinning's business key, an import's
 * file and line, an entry by hand's own number). Labels: "learning.source.NAME".
 */
public enum ActivitySource {
    /** A day of a twinning the learner was present at. */
    TWINNING,
    /** A session of a training, workshop, web conference or peer exchange the learner attended ({@code SES-<id>}). */
    SESSION,
    /** A capsule passed in the application ({@code CAP-<id>}), with its score. */
    CAPSULE,
    /** A line of a completion report imported from an outside LMS (Moodle), with its grade. */
    IMPORT,
    /** Written by hand by the learner's director (or a coordinator), with a reason. */
    HAND
}
