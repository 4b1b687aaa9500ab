package fr.pepites.learning;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The themes and the audience of the ledger's rows, offers, capsules and resources, as their rows store them (themes
 * separated by ";", audience names by ","), and the themes a form typed, checked the same way everywhere.
 */
final class Tags {

    static final int MAX_THEMES = 8;
    static final int MAX_THEME = 60;

    private Tags() {
    }

    static List<String> themesOf(String stored) {
        return stored == null ? List.of() : Arrays.asList(stored.split(";"));
    }

    static String storedThemes(List<String> themes) {
        return themes.isEmpty() ? null : String.join(";", themes);
    }

    static Set<Audience> audienceOf(String stored) {
        Set<Audience> out = EnumSet.noneOf(Audience.class);
        if (stored != null) {
            Arrays.stream(stored.split(",")).map(Audience::valueOf).forEach(out::add);
        }
        return out;
    }

    static String storedAudience(Set<Audience> audience) {
        return audience.isEmpty() ? null
                : audience.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /**
     * The themes a form typed, each on one line, the blank and repeated ones left out; a French error at "themes" when
     * there are more than {@value #MAX_THEMES}, one is longer than {@value #MAX_THEME} characters or holds a ";".
     */
    static List<String> themesTyped(List<String> typed, Map<String, String> errors) {
        List<String> themes = typed == null ? List.of() : typed.stream().map(LearningLedger::oneLine)
                .filter(t -> t != null).distinct().toList();
        if (themes.size() > MAX_THEMES || themes.stream().anyMatch(t -> t.length() > MAX_THEME || t.contains(";"))) {
            errors.put("themes", "Jusqu'à " + MAX_THEMES + " thèmes de " + MAX_THEME + " caractères, sans « ; ».");
        }
        return themes;
    }
}
