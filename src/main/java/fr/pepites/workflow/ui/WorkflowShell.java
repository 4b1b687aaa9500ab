package fr.pepites.workflow.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.Role;
import fr.pepites.ui.HomeCard;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.WorkflowService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The task inbox in the menu and on the home page; Camunda Cockpit for administrators. */
@Component
class WorkflowShell implements ShellContribution {

    private final WorkflowService workflow;

    WorkflowShell(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        List<MenuItem> items = new ArrayList<>(List.of(MenuItem.of(MenuGroup.MAIN, "nav.inbox",
                InboxView.class, VaadinIcon.INBOX, 10)));
        if (user.is(Role.ADMIN)) {
            items.add(MenuItem.external(MenuGroup.ADMINISTRATION, "nav.cockpit",
                    "/camunda/app/cockpit/default/", VaadinIcon.COG, 200));
        }
        return items;
    }

    @Override
    public List<HomeCard> homeCards(CurrentUser user) {
        long tasks = workflow.countInbox(InboxFilter.all());
        return List.of(HomeCard.of("home.card.inbox", tasks == 0 ? "home.card.inbox.none" : "home.card.inbox.count",
                InboxView.class, 10, tasks));
    }
}
