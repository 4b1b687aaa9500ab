package fr.pepites.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.data.binder.Setter;
import fr.pepites.common.InvalidInputException;
import java.util.function.Consumer;

/**
 * A side form editing one data object: fields bound to its properties, Save and Cancel. Validation is the
 * service's: the form hands the data to the save action and shows the French messages it gets back next to the
 * fields, so a form holds no business rule.
 *
 * @param <D> the form data class (e.g. OrganisationData)
 */
public class DataForm<D> extends VerticalLayout {

    private final Binder<D> binder;
    private final FieldErrors errors = new FieldErrors();
    private final FormLayout fields = new FormLayout();
    private final H3 title = new H3();
    private final Button save;
    private D data;
    private Consumer<D> saveAction = d -> { };
    private java.util.function.Function<D, String> savedMessage = d -> "";
    private Runnable afterSave = () -> { };
    private Runnable onClose = () -> { };
    private final UnsavedChanges unsaved = UnsavedChanges.guard(this);

    public DataForm(Class<D> type) {
        this.binder = new Binder<>(type);
        save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("form-save");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.addClassName("form-cancel");
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(title, errors.summary(), fields, new HorizontalLayout(save, cancel));
        setWidth("32rem");
        // On a phone the form takes the whole width, in place of the list (pepites.css).
        addClassName("pepites-data-form");
        // A long form (the account's, with its password help) scrolls within the page's height: Save stays reachable.
        getStyle().set("max-height", "100%").set("overflow-y", "auto");
        setFlexShrink(0);
        setVisible(false);
    }

    /** Adds a field bound to a property; the service's messages for {@code property} appear on it. */
    public <F extends HasValue<?, V> & HasValidation, V> F bind(String property, F field,
            ValueProvider<D, V> getter, Setter<D, V> setter) {
        binder.forField(field).bind(getter, setter);
        errors.bind(property, field);
        fields.add((com.vaadin.flow.component.Component) field);
        return field;
    }

    public FormLayout fields() {
        return fields;
    }

    /**
     * @param savedMessage what the notification says once saved, of the data saved ("Compte x@y.fr créé."), read
     *     before the form closes
     */
    public void onSave(Consumer<D> action, java.util.function.Function<D, String> savedMessage, Runnable afterSave) {
        this.saveAction = action;
        this.savedMessage = savedMessage;
        this.afterSave = afterSave;
    }

    public void onClose(Runnable onClose) {
        this.onClose = onClose;
    }

    public void edit(String heading, D newData) {
        this.data = newData;
        title.setText(heading);
        binder.readBean(newData);
        unsaved.saved();
        errors.clear();
        setVisible(true);
    }

    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        save.setVisible(!readOnly);
    }

    public void close() {
        data = null;
        unsaved.saved();
        errors.clear();
        setVisible(false);
        onClose.run();
    }

    private void save() {
        binder.writeBeanAsDraft(data, true);
        try {
            errors.requireReadable();
            saveAction.accept(data);
        } catch (InvalidInputException error) {
            errors.show(error);
            return;
        }
        Notifications.success(savedMessage.apply(data));
        close();
        afterSave.run();
    }
}
