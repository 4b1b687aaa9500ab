package fr.pepites.matching.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.referral.ReferralFilter;
import fr.pepites.referral.ReferralService;
import fr.pepites.referral.ReferralStatus;
import fr.pepites.security.CurrentUser;
import fr.pepites.ui.HomeCard;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import java.util.List;
import org.springframework.stereotype.Component;

/** The matching workbench in the menu, and the referrals waiting for it on the home page. */
@Component
class MatchingShell implements ShellContribution {

    private final ReferralService referrals;

    MatchingShell(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.MATCHING, "nav.matching",
                MatchingWorkbenchView.class, VaadinIcon.CONNECT, 50));
    }

    @Override
    public List<HomeCard> homeCards(CurrentUser user) {
        if (!user.seesAllOrganisations()) {
            return List.of();
        }
        return List.of(HomeCard.of("home.card.matching", "home.card.matching.count", MatchingWorkbenchView.class, 30,
                referrals.count(new ReferralFilter(null, ReferralStatus.AWAITING_MATCH, true))));
    }
}
