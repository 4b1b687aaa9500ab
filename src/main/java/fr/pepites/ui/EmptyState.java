package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** What a list shows when it has nothing: what this means and what to do next. */
public class EmptyState extends Div {

    private final Paragraph nextStep = new Paragraph();
    private final H3 title = new H3();

    public EmptyState(VaadinIcon icon, String title, String nextStep, Component... actions) {
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.AlignItems.CENTER,
                LumoUtility.Padding.XLARGE, LumoUtility.TextColor.SECONDARY);
        addClassName("empty-state");
        var image = icon.create();
        image.setSize("48px");
        this.title.setText(title);
        add(image, this.title, this.nextStep);
        this.nextStep.setText(nextStep);
        add(actions);
        setVisible(false);
    }

    /** For a list whose empty state depends on its filter: nothing to do, or nothing that matches. */
    public void show(String title, String nextStep) {
        this.title.setText(title);
        this.nextStep.setText(nextStep);
    }

    /** For a list whose next step depends on its filter. */
    public void setNextStep(String text) {
        nextStep.setText(text);
    }
}
