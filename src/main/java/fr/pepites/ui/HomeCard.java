package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * One card of the home page, contributed by a feature ({@link ShellContribution}): a title ({@code key}), a line of
 * status ({@code textKey} with its parameters), and a button ({@code key + ".open"}) to the view where it is acted
 * on. Shown to those the view's access annotations admit, by {@code order}.
 */
public record HomeCard(String key, String textKey, List<Object> parameters, Class<? extends Component> target,
        int order) {

    public static HomeCard of(String key, String textKey, Class<? extends Component> target, int order,
            Object... parameters) {
        return new HomeCard(key, textKey, List.of(parameters), target, order);
    }
}
