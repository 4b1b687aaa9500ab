package fr.pepites.common;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A free text against the column that keeps it: too long, it is refused on its field in French before anything is
 * written (rather than failing at the database). Counted once trimmed, as the services keep it.
 */
public final class TextLimit {

    private TextLimit() {
    }

    /** Whether the text, once trimmed, is longer than {@code max}; a missing text is not. */
    public static boolean exceeds(String text, int max) {
        return text != null && text.trim().length() > max;
    }

    /** Adds the field's error when the text is longer than {@code max}; a missing text is not checked here. */
    public static void check(Map<String, String> errors, String field, String text, int max) {
        if (exceeds(text, max)) {
            errors.putIfAbsent(field, tooLong(text.trim().length(), max));
        }
    }

    /** Refuses the text at once when it is longer than {@code max}. */
    public static void check(String field, String text, int max) {
        if (exceeds(text, max)) {
            throw InvalidInputException.of(field, tooLong(text.trim().length(), max));
        }
    }

    static String tooLong(int length, int max) {
        NumberFormat french = NumberFormat.getIntegerInstance(Locale.FRANCE);
        return "Ce texte compte " + french.format(length) + " caractères, " + french.format(max)
                + " au plus : raccourcissez-le.";
    }
}
