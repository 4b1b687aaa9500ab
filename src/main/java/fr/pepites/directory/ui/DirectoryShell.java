package fr.pepites.directory.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.OrganisationFilter;
import fr.pepites.directory.UserFilter;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.Role;
import fr.pepites.ui.HomeCard;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The directory in the menu and on the home page: persons, organisations, accounts. */
@Component
class DirectoryShell implements ShellContribution {

    private final DirectoryService directory;

    DirectoryShell(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.NETWORK, "nav.persons", PersonsView.class, VaadinIcon.USERS, 60),
                MenuItem.of(MenuGroup.NETWORK, "nav.directory", OrganisationsView.class, VaadinIcon.BUILDING, 70),
                MenuItem.of(MenuGroup.ADMINISTRATION, "nav.users", UsersView.class, VaadinIcon.USER_CARD, 80));
    }

    @Override
    public List<HomeCard> homeCards(CurrentUser user) {
        List<HomeCard> cards = new ArrayList<>();
        if (user.is(Role.TIERS_LIEU_MANAGER)) {
            return cards;
        }
        cards.add(HomeCard.of("home.card.persons",
                user.seesAllOrganisations() ? "home.card.persons.network" : "home.card.persons.count",
                PersonsView.class, 60, directory.countPersons(null)));
        if (user.seesAllOrganisations()) {
            cards.add(HomeCard.of("home.card.directory", "home.card.directory.count", OrganisationsView.class, 70,
                    directory.countOrganisations(OrganisationFilter.byName(null))));
            cards.add(HomeCard.of("home.card.users", "home.card.users.count", UsersView.class, 80,
                    directory.countUsers(new UserFilter(null, null, null, false))));
        }
        return cards;
    }
}
