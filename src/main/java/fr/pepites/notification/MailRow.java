package fr.pepites.notification;

import java.time.Instant;

/**
 * An e-mail as administrators see it: the process step that sends it ({@code step}, e.g. "Prévenir la SIAE par
 * e-mail"), the file it is about and when it was requested ({@code at}), or sent for a {@link MailStatus#SENT} one;
 * for one that has not left, the tries left and why the SMTP server last refused it (null before a refusal and
 * once sent).
 */
public record MailRow(String id, Instant at, String about, String step, MailStatus status, Integer triesLeft,
        MailRefusal lastError, Instant nextAttemptAt) {
}
