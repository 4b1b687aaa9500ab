package fr.pepites.reference;

/** Driving licences and the CACES certificate, as vacancies require them and people hold them. */
public enum Licence {
    /** Scooter (permis AM). */
    AM,
    /** Car. */
    B,
    /** Car with a trailer. */
    BE,
    /** Truck. */
    C,
    /** Truck with a trailer. */
    CE,
    /** Bus. */
    D,
    /** Certificat d'aptitude à la conduite en sécurité (forklifts, site machinery). */
    CACES
}
