package fr.pepites.vacancy;

/** Contract offered by a vacancy. */
public enum ContractType {
    /** Contrat à durée déterminée d'insertion. */
    CDDI,
    CDI,
    CDD,
    /** Mission d'intérim (ETTI). */
    INTERIM
}
