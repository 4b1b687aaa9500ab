package fr.pepites.ui;

import com.vaadin.flow.component.html.Span;

/** "Active" in green or "Inactive" in grey. */
public class StatusBadge extends Span {

    public StatusBadge(boolean active) {
        setText(getTranslation(active ? "common.active" : "common.inactive"));
        getElement().getThemeList().add(active ? "badge success" : "badge contrast");
    }
}
