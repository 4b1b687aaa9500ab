package fr.pepites.notification;

/** Where an e-mail stands. */
public enum MailStatus {
    /** Waiting for its first or next try. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Refused at every try: an administrator sees it and may send it again. */
    FAILED
}
