package fr.pepites.learning.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.learning.ResourceCentre;
import fr.pepites.learning.SessionAttendance;
import fr.pepites.learning.SessionRegistrations;
import fr.pepites.workflow.ui.InboxView;
import fr.pepites.security.CurrentUser;
import fr.pepites.ui.HomeCard;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Learning in the menu: the catalogue, the capsules, one's registrations and one's own record (everyone), the team's record
 * (directors), the offers and sessions and the capsules written (their organisers); the badge rules (coordinators) under Badges, with the
 * badges they award. On the home page: one's sessions to come, the surveys waiting for one's answer, and the resources one keeps that are to update.
 */
@Component
class LearningShell implements ShellContribution {

    private final SessionRegistrations registrations;
    private final SessionAttendance attendance;
    private final ResourceCentre resources;

    LearningShell(SessionRegistrations registrations, SessionAttendance attendance, ResourceCentre resources) {
        this.registrations = registrations;
        this.attendance = attendance;
        this.resources = resources;
    }

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.LEARNING, "nav.catalogue", CatalogueView.class, VaadinIcon.BOOK, 61),
                MenuItem.of(MenuGroup.LEARNING, "nav.resources", ResourcesView.class, VaadinIcon.FOLDER_OPEN, 62),
                MenuItem.of(MenuGroup.LEARNING, "nav.capsules", CapsulesView.class, VaadinIcon.LAPTOP, 63),
                MenuItem.of(MenuGroup.LEARNING, "nav.myRegistrations", MyRegistrationsView.class,
                        VaadinIcon.CALENDAR_USER, 64),
                MenuItem.of(MenuGroup.LEARNING, "nav.myLearning", MyLearningView.class, VaadinIcon.ACADEMY_CAP, 65),
                MenuItem.of(MenuGroup.LEARNING, "nav.teamLearning", TeamLearningView.class, VaadinIcon.USERS, 66),
                MenuItem.of(MenuGroup.LEARNING, "nav.offers", OffersView.class, VaadinIcon.CALENDAR, 67),
                MenuItem.of(MenuGroup.LEARNING, "nav.capsuleEditor", CapsuleEditorView.class, VaadinIcon.EDIT, 68),
                MenuItem.of(MenuGroup.BADGES, "nav.awardRules", AwardRulesView.class, VaadinIcon.COG_O, 108));
    }

    @Override
    public List<HomeCard> homeCards(CurrentUser user) {
        List<HomeCard> cards = new java.util.ArrayList<>(List.of(HomeCard.of("home.card.sessions",
                "home.card.sessions.text", MyRegistrationsView.class, 58, registrations.countUpcoming())));
        long surveys = attendance.countSurveysToAnswer();
        if (surveys > 0) {
            cards.add(HomeCard.of("home.card.surveys", "home.card.surveys.text", InboxView.class, 57, surveys));
        }
        if (resources.mayAdd()) {
            cards.add(HomeCard.of("home.card.resourcesToReview", "home.card.resourcesToReview.text",
                    ResourcesView.class, 59, resources.countToReview()));
        }
        return cards;
    }
}
