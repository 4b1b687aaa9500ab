package fr.pepites.parcours.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.parcours.HandBackStatus;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.Role;
import fr.pepites.ui.HomeCard;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import fr.pepites.workflow.ui.InboxView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Parcours in the menu (the SIAE's list, the CEP's hand-backs, the network's exits) and on the home page: parcours
 * ending within three months and follow-ups due (SIAE), hand-backs waiting (CEP).
 */
@Component
class ParcoursShell implements ShellContribution {

    private final ParcoursService parcours;

    ParcoursShell(ParcoursService parcours) {
        this.parcours = parcours;
    }

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.ORIENTATIONS, "nav.parcours",
                ParcoursView.class, VaadinIcon.USER_CLOCK, 35),
                MenuItem.of(MenuGroup.ORIENTATIONS, "nav.handBacks", HandBacksView.class, VaadinIcon.EXCHANGE, 36),
                MenuItem.of(MenuGroup.ORIENTATIONS, "nav.exits", ExitsReportView.class, VaadinIcon.EXIT, 55));
    }

    @Override
    public List<HomeCard> homeCards(CurrentUser user) {
        List<HomeCard> cards = new ArrayList<>();
        if (user.is(Role.SIAE_DIRECTOR) || user.is(Role.SIAE_STAFF)) {
            cards.add(HomeCard.of("home.card.parcours", "home.card.parcours.endingSoon", ParcoursView.class, 25,
                    parcours.countEndingSoon()));
            cards.add(HomeCard.of("home.card.followUps", "home.card.followUps.due", InboxView.class, 26,
                    parcours.countFollowUpsDue()));
        }
        if (user.is(Role.CEP_ADVISER)) {
            cards.add(HomeCard.of("home.card.handBacks", "home.card.handBacks.pending", HandBacksView.class, 25,
                    parcours.countHandBacks(HandBackStatus.PENDING)));
        }
        if (user.seesAllOrganisations()) {
            cards.add(HomeCard.of("home.card.exits", "home.card.exits.text", ExitsReportView.class, 35));
        }
        return cards;
    }
}
