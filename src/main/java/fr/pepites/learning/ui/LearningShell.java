package fr.pepites.learning.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.security.CurrentUser;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Learning in the menu: one's own record (everyone), the team's (directors); the badge rules (coordinators) under
 * Badges, with the badges they award.
 */
@Component
class LearningShell implements ShellContribution {

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.LEARNING, "nav.myLearning", MyLearningView.class, VaadinIcon.ACADEMY_CAP, 61),
                MenuItem.of(MenuGroup.LEARNING, "nav.teamLearning", TeamLearningView.class, VaadinIcon.USERS, 62),
                MenuItem.of(MenuGroup.BADGES, "nav.awardRules", AwardRulesView.class, VaadinIcon.COG_O, 108));
    }
}
