package fr.pepites.badges.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.badges.BadgeService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.Role;
import fr.pepites.ui.HomeCard;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Badges in the menu (achievements, awarding, badges issued, keys; everyone's own badges; the public verifier) and on
 * the home page: the parcours' badge proposals waiting for a decision (coordinators, directors) and one's own badges.
 */
@Component
class BadgesShell implements ShellContribution {

    private final BadgeService badges;

    BadgesShell(BadgeService badges) {
        this.badges = badges;
    }

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.BADGES, "nav.badges", AchievementsView.class, VaadinIcon.DIPLOMA, 48),
                MenuItem.of(MenuGroup.BADGES, "nav.badgesAward", AwardView.class, VaadinIcon.GIFT, 49),
                MenuItem.of(MenuGroup.BADGES, "nav.badgesIssued", IssuedBadgesView.class, VaadinIcon.LIST, 53),
                MenuItem.of(MenuGroup.BADGES, "nav.myBadges", MyBadgesView.class, VaadinIcon.TROPHY, 57),
                MenuItem.of(MenuGroup.BADGES, "nav.badgesVerify", MemberVerifyView.class, VaadinIcon.CHECK_CIRCLE_O,
                        58),
                MenuItem.of(MenuGroup.ADMINISTRATION, "nav.badgesKeys", KeysView.class, VaadinIcon.KEY, 107));
    }

    @Override
    public List<HomeCard> homeCards(CurrentUser user) {
        List<HomeCard> cards = new ArrayList<>();
        if (user.is(Role.COORDINATOR) || user.is(Role.ADMIN) || user.is(Role.SIAE_DIRECTOR)) {
            cards.add(HomeCard.of("home.card.badgeProposals", "home.card.badgeProposals.text", AwardView.class, 44,
                    badges.pendingProposals().size()));
        }
        cards.add(HomeCard.of("home.card.myBadges", "home.card.myBadges.text", MyBadgesView.class, 90,
                badges.myBadgeCount()));
        return cards;
    }
}
