package fr.pepites.notification;

import java.util.Locale;

/**
 * Why the SMTP server did not take an e-mail, in the words an administrator acts on: the engine keeps the sending
 * step's exception message (Java class names, host names), which stays in the log and never reaches a page.
 */
public enum MailRefusal {
    /** No connection: the server is down, or the address or port configured is wrong. */
    UNREACHABLE,
    /** Connected, but the server did not answer in time. */
    TIMEOUT,
    /** The server refused the platform's user name or password. */
    AUTHENTICATION,
    /** The server refused the recipient's or the sender's address. */
    ADDRESS,
    /** Any other refusal. */
    OTHER;

    /** The refusal this exception message tells of; null for an e-mail that has not failed yet. */
    public static MailRefusal of(String exceptionMessage) {
        if (exceptionMessage == null || exceptionMessage.isBlank()) {
            return null;
        }
        String message = exceptionMessage.toLowerCase(Locale.ROOT);
        if (message.contains("timed out") || message.contains("sockettimeout")) {
            return TIMEOUT;
        }
        if (message.contains("connect") || message.contains("unknownhost") || message.contains("unknown host")) {
            return UNREACHABLE;
        }
        if (message.contains("authentication") || message.contains("535")) {
            return AUTHENTICATION;
        }
        if (message.contains("address") || message.contains("recipient") || message.contains("550")
                || message.contains("553")) {
            return ADDRESS;
        }
        return OTHER;
    }
}
