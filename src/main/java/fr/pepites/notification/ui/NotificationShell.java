package fr.pepites.notification.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.notification.MailFilter;
import fr.pepites.notification.MailStatus;
import fr.pepites.notification.NotificationService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.Role;
import fr.pepites.ui.HomeCard;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import java.util.List;
import org.springframework.stereotype.Component;

/** The e-mails page in the menu, and the failed e-mails on the administrators' home page. */
@Component
class NotificationShell implements ShellContribution {

    private final NotificationService notifications;

    NotificationShell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.ADMINISTRATION, "nav.mails", MailsView.class, VaadinIcon.ENVELOPE, 90));
    }

    @Override
    public List<HomeCard> homeCards(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            return List.of();
        }
        long failed = notifications.count(MailFilter.of(MailStatus.FAILED));
        return List.of(HomeCard.of("home.card.mails", failed == 0 ? "home.card.mails.none" : "home.card.mails.failed",
                MailsView.class, 90, failed));
    }
}
