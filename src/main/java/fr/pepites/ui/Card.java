package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * A row of a list shown as a card on a phone ({@link Grids#cardsOnPhone}): its title, then lines of text and
 * components one under the other. Texts are set as text, never as markup.
 */
public final class Card extends Div {

    public Card(String title) {
        addClassNames("pepites-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL, LumoUtility.Padding.Vertical.XSMALL);
        Span heading = new Span(title);
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        add(heading);
    }

    /** A line of secondary text; nothing for a blank one. */
    public Card line(String text) {
        if (text != null && !text.isBlank()) {
            Span line = new Span(text);
            line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            add(line);
        }
        return this;
    }

    /** A line of components (a status badge, buttons), wrapping when the phone is narrow. */
    public Card with(Component... components) {
        Div line = new Div(components);
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER);
        add(line);
        return this;
    }
}
