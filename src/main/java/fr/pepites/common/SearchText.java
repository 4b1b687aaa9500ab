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

    /**
     * The words of a search, normalized: the first 8, each of 40 characters at most. A search costs one condition per
     * word; a page of words typed or forged would only cost the server.
     */
    public static java.util.List<String> words(String text) {
        return java.util.Arrays.stream(normalize(text).split(" ")).filter(w -> !w.isEmpty())
                .map(w -> w.length() > 40 ? w.substring(0, 40) : w).limit(8).toList();
    }

    /** A LIKE pattern matching normalized names that contain the words of the text, in that order. */
    public static String containsPattern(String text) {
        return "%" + normalize(text).replace(' ', '%') + "%";
    }
}
