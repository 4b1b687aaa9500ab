package fr.pepites.learning;

/** A registration holds a seat, waits for one, or was cancelled. Labels: "learning.registrationStatus.NAME". */
public enum RegistrationStatus {
    REGISTERED,
    WAITING,
    CANCELLED
}
