package fr.pepites.notification;

import java.time.Instant;

/**
 * An e-mail that has not left yet, as administrators see it: the process step that sends it ({@code step}, e.g.
 * "Prévenir la SIAE par e-mail"), the file it is about, the tries left and the last refusal of the SMTP server.
 */
public record MailRow(String id, Instant createdAt, String about, String step, MailStatus status, int triesLeft,
        String lastError, Instant nextAttemptAt) {
}
