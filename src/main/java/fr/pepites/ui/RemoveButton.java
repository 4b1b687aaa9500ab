package fr.pepites.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A bin icon that removes a row of a list being edited: an icon alone, so named for screen readers. */
public final class RemoveButton {

    private RemoveButton() {
    }

    public static Button of(String name, Runnable remove) {
        Button button = new Button(VaadinIcon.TRASH.create(), e -> remove.run());
        button.setAriaLabel(name);
        return button;
    }
}
