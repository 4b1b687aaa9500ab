package fr.pepites.notification;

/** Where an e-mail that has not left yet stands. */
public enum MailStatus {
    /** Waiting for its first try, or for its next one after the SMTP server refused it. */
    PENDING,
    /** Refused at every try: an incident of the engine, which an administrator sees and may send again. */
    FAILED
}
