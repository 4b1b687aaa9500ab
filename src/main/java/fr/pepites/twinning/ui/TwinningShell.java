package fr.pepites.twinning.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.Role;
import fr.pepites.twinning.TwinningFilter;
import fr.pepites.twinning.TwinningService;
import fr.pepites.twinning.TwinningStatus;
import fr.pepites.ui.HomeCard;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import fr.pepites.workflow.ui.InboxView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Twinnings in the menu (the list; the tiers-lieu's offer and calendar; the coordinators' workbench and themes) and
 * on the home page: twinnings under way (SIAE), to confirm and host (tiers-lieu), requests waiting for a match
 * (coordinators).
 */
@Component
class TwinningShell implements ShellContribution {

    private final TwinningService twinnings;

    TwinningShell(TwinningService twinnings) {
        this.twinnings = twinnings;
    }

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.TWINNINGS, "nav.twinnings", TwinningsView.class, VaadinIcon.CONNECT_O, 45),
                MenuItem.of(MenuGroup.TWINNINGS, "nav.twinningOffer", OfferView.class, VaadinIcon.TOOLS, 46),
                MenuItem.of(MenuGroup.TWINNINGS, "nav.twinningCalendar",
                        TwinningCalendarView.class, VaadinIcon.CALENDAR, 47),
                MenuItem.of(MenuGroup.TWINNINGS, "nav.twinningWorkbench",
                        TwinningWorkbenchView.class, VaadinIcon.AUTOMATION, 52),
                MenuItem.of(MenuGroup.TWINNINGS, "nav.twinningThemes", ThemesView.class, VaadinIcon.TAGS, 105));
    }

    @Override
    public List<HomeCard> homeCards(CurrentUser user) {
        List<HomeCard> cards = new ArrayList<>();
        if (user.is(Role.SIAE_DIRECTOR) || user.is(Role.SIAE_STAFF)) {
            cards.add(HomeCard.of("home.card.twinnings", "home.card.twinnings.underWay", TwinningsView.class, 42,
                    twinnings.countUnderWay()));
        }
        if (user.is(Role.TIERS_LIEU_MANAGER)) {
            cards.add(HomeCard.of("home.card.twinningsToHost", "home.card.twinningsToHost.text", InboxView.class, 22,
                    twinnings.count(new TwinningFilter(TwinningStatus.AWAITING_CONFIRMATION, null, null)),
                    twinnings.count(new TwinningFilter(TwinningStatus.SCHEDULED, null, null))));
            cards.add(HomeCard.of("home.card.twinningOffer", "home.card.twinningOffer.text", OfferView.class, 23));
        }
        if (user.seesAllOrganisations()) {
            cards.add(HomeCard.of("home.card.twinningMatch", "home.card.twinningMatch.waiting",
                    TwinningWorkbenchView.class, 37,
                    twinnings.count(new TwinningFilter(TwinningStatus.AWAITING_MATCH, null, null))));
        }
        return cards;
    }
}
