package fr.pepites.common;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A count with its word in French, instead of "participant(s)": zero and one take the singular ("0 jour",
 * "1 jour", "3 jours"), and the count is written as French writes it ("7 165"). The i18n files say the same with
 * MessageFormat's choice ({@code {0,choice,0#{0} jour|1<{0} jours}}).
 */
public final class Plural {

    private Plural() {
    }

    /** E.g. {@code of(3, "compétence proposée", "compétences proposées")}: "3 compétences proposées". */
    public static String of(long count, String singular, String plural) {
        return NumberFormat.getIntegerInstance(Locale.FRENCH).format(count) + " " + word(count, singular, plural);
    }

    /** The word alone, agreeing with the count. */
    public static String word(long count, String singular, String plural) {
        return Math.abs(count) < 2 ? singular : plural;
    }
}
