package fr.pepites.learning;

/** Whom a learning offer is for: the IAE staff's jobs and the employees in parcours. Labels: "learning.audience.NAME". */
public enum Audience {
    DIRECTION,
    TECHNICAL_SUPERVISION,
    SOCIAL_SUPPORT,
    PLACEMENT,
    EMPLOYEES
}
