package fr.pepites.reference.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.security.CurrentUser;
import fr.pepites.ui.HomeCard;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import java.util.List;
import org.springframework.stereotype.Component;

/** The reference data (ROME, communes, distances) in the menu and on the home page. */
@Component
class ReferenceShell implements ShellContribution {

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.ADMINISTRATION, "nav.reference",
                ReferenceView.class, VaadinIcon.BOOK, 100));
    }

    @Override
    public List<HomeCard> homeCards(CurrentUser user) {
        return List.of(HomeCard.of("home.card.reference", "home.card.reference.text", ReferenceView.class, 100));
    }
}
