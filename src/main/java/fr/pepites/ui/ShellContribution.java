package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import fr.pepites.security.CurrentUser;
import java.util.List;
import java.util.Optional;

/**
 * What a feature adds to the shell: its entries of the main menu and its cards on the home page. Each feature declares
 * one Spring bean implementing it in its {@code ui} package, as it declares its task forms; the shell
 * ({@link ShellRegistry}) knows no feature.
 */
public interface ShellContribution {

    /** The feature's menu entries for this user (views the user may not open are left out by the shell). */
    default List<MenuItem> menuItems(CurrentUser user) {
        return List.of();
    }

    /** The feature's home cards for this user, with their figures read now (cards whose view the user may not open are left out). */
    default List<HomeCard> homeCards(CurrentUser user) {
        return List.of();
    }

    /**
     * Where this user must go instead of the page they asked for, if anywhere (e.g. "Mon compte" while the password an
     * administrator gave has not been replaced).
     */
    default Optional<Class<? extends Component>> rerouteBefore(Class<?> target) {
        return Optional.empty();
    }
}
