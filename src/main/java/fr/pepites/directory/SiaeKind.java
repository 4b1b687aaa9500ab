package fr.pepites.directory;

/** The five kinds of insertion employer (structure d'insertion par l'activité économique). */
public enum SiaeKind {
    /** Entreprise d'insertion. */
    EI,
    /** Association intermédiaire. */
    AI,
    /** Atelier et chantier d'insertion. */
    ACI,
    /** Entreprise de travail temporaire d'insertion. */
    ETTI,
    /** Entreprise d'insertion par le travail indépendant. */
    EITI
}
