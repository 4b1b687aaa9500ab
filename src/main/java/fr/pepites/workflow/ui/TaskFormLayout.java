package fr.pepites.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.pepites.ui.FieldErrors;

/**
 * The shape of every task form of the inbox: the file's facts on top, then the answers the task allows. An answer
 * without fields is a button; one with fields opens a panel with its fields and a confirm button. Each answer is one
 * call to the feature's service, hence one transaction; its French errors show next to their fields, and the inbox
 * refreshes once it went through. Ids and labels follow the feature's prefixes: {@code <id>-<action>},
 * {@code <id>-action-<action>}, {@code <id>-confirm-<action>}; {@code <labels><action>} and its {@code .confirm}.
 */
public class TaskFormLayout extends VerticalLayout {

    private final String idPrefix;
    private final String labelPrefix;
    private final Runnable onCompleted;
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout panel = new VerticalLayout();

    public TaskFormLayout(String idPrefix, String labelPrefix, Runnable onCompleted, Component... facts) {
        this.idPrefix = idPrefix;
        this.labelPrefix = labelPrefix;
        this.onCompleted = onCompleted;
        setPadding(false);
        panel.setPadding(false);
        actions.setWrap(true);
        add(facts);
        add(new Hr(), actions, panel);
    }

    /** An answer without fields. */
    public Button immediate(String action, Runnable call) {
        Button button = new Button(getTranslation(labelPrefix + action), e -> run(call, new FieldErrors()));
        button.setId(idPrefix + "-" + action);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(button);
        return button;
    }

    /** An answer with fields, confirmed in its panel. */
    public void withPanel(String action, FieldErrors errors, Runnable call, Component... fields) {
        panel(action, false, errors, call, fields);
    }

    /** The same for an answer that closes a door (a refusal, a decline): its confirm button is red. */
    public void withDestructivePanel(String action, FieldErrors errors, Runnable call, Component... fields) {
        panel(action, true, errors, call, fields);
    }

    private void panel(String action, boolean destructive, FieldErrors errors, Runnable call, Component... fields) {
        Button open = new Button(getTranslation(labelPrefix + action) + "…", e -> {
            panel.removeAll();
            FormLayout form = new FormLayout(fields);
            Button confirm = new Button(getTranslation(labelPrefix + action + ".confirm"), c -> run(call, errors));
            confirm.setId(idPrefix + "-confirm-" + action);
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY,
                    destructive ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            panel.add(errors.summary(), form, confirm);
        });
        open.setId(idPrefix + "-action-" + action);
        actions.add(open);
    }

    private void run(Runnable call, FieldErrors errors) {
        if (errors.run(call)) {
            onCompleted.run();
        }
    }
}
