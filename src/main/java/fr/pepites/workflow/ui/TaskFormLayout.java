package fr.pepites.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.pepites.ui.FieldErrors;
import fr.pepites.workflow.InboxTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The shape of every task form of the inbox: the file's facts on top, then the answers the task allows. An answer
 * without fields is a button; one with fields opens a panel with its fields and a confirm button. Each answer is one
 * call to the feature's service, hence one transaction; its French errors show next to their fields, and the inbox
 * refreshes once it went through, with a message saying what happened to the file and what follows: the answer's
 * {@code <labels><action>.done}, given the file's number, or the message the call returns when it depends on the
 * outcome. Ids and labels follow the feature's prefixes: {@code <id>-<action>}, {@code <id>-action-<action>},
 * {@code <id>-confirm-<action>}; {@code <labels><action>} and its {@code .confirm}.
 */
public class TaskFormLayout extends VerticalLayout {

    private final String idPrefix;
    private final String labelPrefix;
    private final String fileNumber;
    private final Consumer<String> onCompleted;
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout panel = new VerticalLayout();

    /** @param onCompleted told the message that says what happened */
    public TaskFormLayout(String idPrefix, String labelPrefix, InboxTask task, Consumer<String> onCompleted,
            Component... facts) {
        this.idPrefix = idPrefix;
        this.labelPrefix = labelPrefix;
        this.fileNumber = task.businessKey();
        this.onCompleted = onCompleted;
        setPadding(false);
        panel.setPadding(false);
        actions.setWrap(true);
        add(facts);
        add(new Hr(), actions, panel);
    }

    /** An answer without fields. */
    public Button immediate(String action, Runnable call) {
        return immediate(action, done(action, call));
    }

    /** The same, for a call that returns the message saying what happened. */
    public Button immediate(String action, Supplier<String> call) {
        Button button = new Button(getTranslation(labelPrefix + action), e -> run(call, new FieldErrors()));
        button.setId(idPrefix + "-" + action);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(button);
        return button;
    }

    /** An answer with fields, confirmed in its panel. */
    public void withPanel(String action, FieldErrors errors, Runnable call, Component... fields) {
        panel(action, false, errors, done(action, call), fields);
    }

    /** The same, for a call that returns the message saying what happened. */
    public void withPanel(String action, FieldErrors errors, Supplier<String> call, Component... fields) {
        panel(action, false, errors, call, fields);
    }

    /** The same for an answer that closes a door (a refusal, a decline): its confirm button is red. */
    public void withDestructivePanel(String action, FieldErrors errors, Runnable call, Component... fields) {
        panel(action, true, errors, done(action, call), fields);
    }

    /** The file's number, as the messages name it ("ORI-9"). */
    protected String fileNumber() {
        return fileNumber;
    }

    /** The call, then the answer's {@code .done} message about the file. */
    private Supplier<String> done(String action, Runnable call) {
        return () -> {
            call.run();
            return getTranslation(labelPrefix + action + ".done", fileNumber);
        };
    }

    private void panel(String action, boolean destructive, FieldErrors errors, Supplier<String> call,
            Component... fields) {
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

    private void run(Supplier<String> call, FieldErrors errors) {
        AtomicReference<String> message = new AtomicReference<>();
        if (errors.run(() -> message.set(call.get()))) {
            onCompleted.accept(message.get());
        }
    }
}
