package fr.pepites.twinning;

import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import fr.pepites.common.TextLimit;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' catalogue of twinning themes (what tiers-lieux transmit and SIAE ask for): list, add, rename,
 * retire. A retired theme is no longer offered nor asked; the twinnings that named it keep it.
 */
@Service
@Transactional(readOnly = true)
public class ThemeCatalogue {

    private final ThemeRepository themes;
    private final CurrentUserProvider currentUser;

    ThemeCatalogue(ThemeRepository themes, CurrentUserProvider currentUser) {
        this.themes = themes;
        this.currentUser = currentUser;
    }

    /** The catalogue, retired themes included (the coordinators' page), or only those offered and asked now. */
    public List<Theme> themes(boolean activeOnly) {
        currentUser.require();
        return themes.findAllInOrder().stream().filter(t -> !activeOnly || t.isActive()).toList();
    }

    /** Each theme's label by code, retired ones included, for the pages that show a twinning's themes. */
    public Map<String, String> labels() {
        return themes.findAllInOrder().stream().collect(Collectors.toMap(Theme::getCode, Theme::getLabel,
                (a, b) -> a, LinkedHashMap::new));
    }

    @Transactional
    public Theme add(String label) {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        String clean = themeLabel(label, null);
        String code = codeOf(clean);
        if (themes.existsById(code)) {
            code = code + "_" + (themes.count() + 1);
        }
        return themes.save(new Theme(code, clean, themes.lastPosition() + 10));
    }

    @Transactional
    public void rename(String code, String label) {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        Theme theme = themes.findById(code).orElseThrow(() -> InvalidInputException.of("", "Thème inconnu."));
        theme.rename(themeLabel(label, code));
    }

    /** A retired theme is no longer offered nor asked; the twinnings that named it keep it. */
    @Transactional
    public void setActive(String code, boolean active) {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        themes.findById(code).orElseThrow(() -> InvalidInputException.of("", "Thème inconnu.")).setActive(active);
    }

    /** "Réparation de vélos" gives "REPARATION_DE_VELOS". */
    private static String codeOf(String label) {
        String code = SearchText.normalize(label).toUpperCase().replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return code.length() > 36 ? code.substring(0, 36) : code;
    }

    private String themeLabel(String label, String code) {
        if (label == null || label.isBlank()) {
            throw InvalidInputException.of("label", "Indiquez le nom du thème.");
        }
        String clean = label.trim();
        TextLimit.check("label", clean, 120);
        Optional<Theme> same = themes.findByLabelIgnoreCase(clean);
        if (same.isPresent() && !same.get().getCode().equals(code)) {
            throw InvalidInputException.of("label", "Ce thème existe déjà.");
        }
        return clean;
    }

    /** The codes of the themes offered and asked now. */
    Set<String> activeCodes() {
        return themes.findAllInOrder().stream().filter(Theme::isActive).map(Theme::getCode)
                .collect(Collectors.toSet());
    }
}
