package fr.pepites.parcours.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Collection;

/** A choice among the values of a fixed list (a reason, a category), each shown by its label. */
final class EnumSelect {

    private EnumSelect() {
    }

    static <E extends Enum<E>> Select<E> of(String labelKey, Collection<E> values, String itemKeyPrefix) {
        Select<E> select = new Select<>();
        select.setLabel(select.getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> select.getTranslation(itemKeyPrefix + v.name()));
        return select;
    }
}
