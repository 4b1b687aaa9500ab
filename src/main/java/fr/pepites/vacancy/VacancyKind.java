package fr.pepites.vacancy;

/** An insertion job (for a person on an insertion contract) or a staff job (encadrant, CIP…). */
public enum VacancyKind {
    INSERTION,
    STAFF
}
