package fr.pepites.notification;

/** Where an e-mail stands. */
public enum MailStatus {
    /** Waiting for its first try, or for its next one after the SMTP server refused it. */
    PENDING,
    /** Refused at every try: an incident of the engine, which an administrator sees and may send again. */
    FAILED,
    /**
     * Accepted by the SMTP server: its step succeeded, as the engine's job log records (kept with the process
     * history, two years).
     */
    SENT
}
