package fr.pepites.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** The shell's own entry: the home page, first in the menu. */
@Component
class HomeShell implements ShellContribution {

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.MAIN, "nav.home", HomeView.class, VaadinIcon.HOME, 0));
    }
}
