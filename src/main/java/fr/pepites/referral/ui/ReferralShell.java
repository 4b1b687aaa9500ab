package fr.pepites.referral.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.referral.ReferralFilter;
import fr.pepites.referral.ReferralService;
import fr.pepites.security.CurrentUser;
import fr.pepites.ui.HomeCard;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import java.util.List;
import org.springframework.stereotype.Component;

/** Referrals in the menu (new referral, the list) and on the home page. */
@Component
class ReferralShell implements ShellContribution {

    private final ReferralService referrals;

    ReferralShell(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.ORIENTATIONS, "nav.newReferral",
                ReferralFormView.class, VaadinIcon.PLUS_CIRCLE, 20),
                MenuItem.of(MenuGroup.ORIENTATIONS, "nav.referrals", ReferralsView.class, VaadinIcon.PAPERPLANE, 30));
    }

    @Override
    public List<HomeCard> homeCards(CurrentUser user) {
        return List.of(HomeCard.of("home.card.referrals", "home.card.referrals.count", ReferralsView.class, 20,
                referrals.count(new ReferralFilter(null, null, true))));
    }
}
