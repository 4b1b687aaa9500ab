package fr.pepites.notification;

import java.util.Locale;

/**
 * Which e-mails the administrators' list shows.
 *
 * @param status failed, waiting or sent
 * @param file only the e-mails about this file (its business key, e.g. "ORI-12", in any case), or null for all
 */
public record MailFilter(MailStatus status, String file) {

    public MailFilter {
        file = file == null || file.isBlank() ? null : file.trim().toUpperCase(Locale.ROOT);
    }

    public static MailFilter of(MailStatus status) {
        return new MailFilter(status, null);
    }
}
