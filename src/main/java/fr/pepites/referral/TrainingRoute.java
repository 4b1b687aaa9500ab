package fr.pepites.referral;

/** Training route towards an IAE staff job. */
public enum TrainingRoute {
    NONE,
    /** Titre professionnel Encadrant technique d'insertion (AFPA). */
    ETI,
    /** Titre Encadrant technique d'activités d'insertion par l'économique (FAS). */
    ETAIE
}
