package fr.pepites.common;

import java.text.Normalizer;
import java.util.Locale;

/** The form under which names are stored and searched: lower case, no accents, single spaces. */
public final class SearchText {

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
    }

    /** A LIKE pattern matching normalized names that contain the words of the text, in that order. */
    public static String containsPattern(String text) {
        return "%" + normalize(text).replace(' ', '%') + "%";
    }
}
