package fr.pepites.ui;

import com.vaadin.flow.component.html.Span;

/** "Active" in green or "Inactive" in grey; "Actif" or "Inactif" for what French makes masculine (an account). */
public class StatusBadge extends Span {

    public StatusBadge(boolean active) {
        this(active, false);
    }

    public StatusBadge(boolean active, boolean masculine) {
        String suffix = masculine ? ".masculine" : "";
        setText(getTranslation((active ? "common.active" : "common.inactive") + suffix));
        getElement().getThemeList().add(active ? "badge success" : "badge contrast");
    }
}
