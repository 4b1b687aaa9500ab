package fr.pepites.notification;

import java.time.Instant;

/** An e-mail as administrators see it in the list of e-mails. */
public record MailRow(long id, Instant createdAt, String recipients, String subject, String about, MailStatus status,
        int attempts, String lastError, Instant nextAttemptAt, Instant sentAt) {
}
