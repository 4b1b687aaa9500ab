package fr.pepites.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.directory.DirectoryService;
import fr.pepites.security.CurrentUser;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import java.util.List;
import java.util.Optional;

/**
 * "Mon compte" in the menu; a user whose password an administrator gave is kept there until they have chosen their
 * own.
 */
@org.springframework.stereotype.Component
class SecurityShell implements ShellContribution {

    private final DirectoryService directory;

    SecurityShell(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.MAIN, "nav.account", AccountView.class, VaadinIcon.KEY, 110));
    }

    @Override
    public Optional<Class<? extends Component>> rerouteBefore(Class<?> target) {
        return target != AccountView.class && directory.mustChangeOwnPassword()
                ? Optional.of(AccountView.class) : Optional.empty();
    }
}
