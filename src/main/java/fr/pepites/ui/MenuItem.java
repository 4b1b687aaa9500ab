package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One entry of the main menu, contributed by a feature ({@link ShellContribution}): a view of the application, shown
 * to those its access annotations admit, or a link outside it ({@code href}, opened in a new tab). Entries are
 * shown under their {@link MenuGroup}, listed by {@code order}, whoever contributes them.
 */
public record MenuItem(MenuGroup group, String labelKey, Class<? extends Component> view, String href, VaadinIcon icon,
        int order) {

    public static MenuItem of(MenuGroup group, String labelKey, Class<? extends Component> view, VaadinIcon icon,
            int order) {
        return new MenuItem(group, labelKey, view, null, icon, order);
    }

    /** A link outside the application's views, which the contribution offers only to those it is for. */
    public static MenuItem external(MenuGroup group, String labelKey, String href, VaadinIcon icon, int order) {
        return new MenuItem(group, labelKey, null, href, icon, order);
    }
}
