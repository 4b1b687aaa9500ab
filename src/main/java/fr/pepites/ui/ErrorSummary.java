package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/**
 * The box on top of a form that lists every error of its last attempt, each a link to its field: a long form's
 * errors can sit far from the button that was pressed, and a person must see at once that nothing was saved and
 * what to fix. Filled by {@link FieldErrors#show}; a form places {@link FieldErrors#summary()} at its top.
 */
public class ErrorSummary extends Div {

    static final String CLASS_NAME = "error-summary";

    /** An error as the summary lists it: its message, and its field when the form has one. */
    record Entry(String message, Component field) {
    }

    private final Paragraph title = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    ErrorSummary() {
        addClassName(CLASS_NAME);
        addClassNames(LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR, LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Width.FULL, LumoUtility.BoxSizing.BORDER);
        // Read out as soon as it shows; focusable by script, for a form whose errors are of no field of its own.
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.NONE);
        title.addClassName("error-summary-title");
        list.addClassNames(LumoUtility.Margin.Top.SMALL, LumoUtility.Margin.Bottom.NONE);
        add(title, list);
        setVisible(false);
    }

    /** "1 erreur à corriger", "3 erreurs à corriger". */
    static String title(int count) {
        return count + (count > 1 ? " erreurs à corriger" : " erreur à corriger");
    }

    void show(List<Entry> entries) {
        title.setText(title(entries.size()));
        list.removeAll();
        for (Entry entry : entries) {
            if (entry.field() == null) {
                list.add(new ListItem(entry.message()));
            } else {
                Button link = new Button(entry.message(), e -> FieldErrors.focus(entry.field()));
                link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                link.addClassName("error-summary-link");
                // A long message wraps like text instead of widening the form.
                link.getStyle().set("white-space", "normal").set("height", "auto").set("text-align", "start");
                list.add(new ListItem(link));
            }
        }
        setVisible(true);
    }

    void hide() {
        setVisible(false);
        list.removeAll();
    }
}
