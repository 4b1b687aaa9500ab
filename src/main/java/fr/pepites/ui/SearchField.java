package fr.pepites.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above a list: filters as the user types, after a short pause. */
public class SearchField extends TextField {

    public SearchField(String placeholder, Runnable onChange) {
        setPlaceholder(placeholder);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setMinWidth("16rem");
        // A search is a few words: a page of them would only cost the server (one condition per word).
        setMaxLength(200);
        addValueChangeListener(e -> onChange.run());
    }
}
