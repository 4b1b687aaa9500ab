package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.OrganisationFilter;
import fr.pepites.directory.UserFilter;
import fr.pepites.directory.ui.OrganisationsView;
import fr.pepites.directory.ui.PersonsView;
import fr.pepites.directory.ui.UsersView;
import fr.pepites.reference.ui.ReferenceView;
import fr.pepites.matching.ui.MatchingWorkbenchView;
import fr.pepites.notification.MailFilter;
import fr.pepites.notification.MailStatus;
import fr.pepites.notification.NotificationService;
import fr.pepites.notification.ui.MailsView;
import fr.pepites.referral.ReferralFilter;
import fr.pepites.referral.ReferralStatus;
import fr.pepites.referral.ReferralService;
import fr.pepites.referral.ui.ReferralsView;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.vacancy.VacancyService;
import fr.pepites.vacancy.ui.VacanciesView;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.WorkflowService;
import fr.pepites.workflow.ui.InboxView;
import jakarta.annotation.security.PermitAll;

/** The landing page: what needs doing for this user, as a card per thing, each leading to where it is done. */
@Route("")
@PageTitle("Accueil · PEPITES")
@PermitAll
public class HomeView extends VerticalLayout {

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    HomeView(CurrentUserProvider currentUser, WorkflowService workflow, DirectoryService directory,
            ReferralService referrals, VacancyService vacancies, NotificationService notifications) {
        CurrentUser user = currentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", user.fullName()));
        greeting.setId("home-greeting");
        Paragraph role = new Paragraph(getTranslation("home.role." + user.role().name()));
        role.addClassNames(LumoUtility.TextColor.SECONDARY);

        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassNames(LumoUtility.Gap.MEDIUM);

        long tasks = workflow.countInbox(InboxFilter.all());
        cards.add(card("home.card.inbox", tasks == 0
                ? getTranslation("home.card.inbox.none")
                : getTranslation("home.card.inbox.count", tasks), InboxView.class));
        if (access.hasAccess(ReferralsView.class)) {
            cards.add(card("home.card.referrals", getTranslation("home.card.referrals.count",
                    referrals.count(new ReferralFilter(null, null, true))), ReferralsView.class));
        }
        if (access.hasAccess(MatchingWorkbenchView.class)) {
            cards.add(card("home.card.matching", getTranslation("home.card.matching.count",
                    referrals.count(new ReferralFilter(null, ReferralStatus.AWAITING_MATCH, true))),
                    MatchingWorkbenchView.class));
        }
        if (user.is(Role.SIAE_DIRECTOR) || user.is(Role.SIAE_STAFF)) {
            long stale = vacancies.countStale();
            cards.add(card("home.card.vacancies", stale == 0 ? getTranslation("home.card.vacancies.upToDate")
                    : getTranslation("home.card.vacancies.stale", stale), VacanciesView.class));
        }
        if (access.hasAccess(PersonsView.class)) {
            String personsKey = user.seesAllOrganisations() ? "home.card.persons.network" : "home.card.persons.count";
            cards.add(card("home.card.persons", getTranslation(personsKey, directory.countPersons(null)),
                    PersonsView.class));
        }
        if (access.hasAccess(OrganisationsView.class)) {
            cards.add(card("home.card.directory", getTranslation("home.card.directory.count",
                    directory.countOrganisations(OrganisationFilter.byName(null))), OrganisationsView.class));
        }
        if (access.hasAccess(UsersView.class)) {
            cards.add(card("home.card.users", getTranslation("home.card.users.count",
                    directory.countUsers(new UserFilter(null, null, null, false))), UsersView.class));
        }
        if (access.hasAccess(MailsView.class)) {
            long failed = notifications.count(MailFilter.of(MailStatus.FAILED));
            cards.add(card("home.card.mails", failed == 0 ? getTranslation("home.card.mails.none")
                    : getTranslation("home.card.mails.failed", failed), MailsView.class));
        }
        cards.add(card("home.card.reference", getTranslation("home.card.reference.text"), ReferenceView.class));

        add(greeting, role, cards);
    }

    private Component card(String key, String status, Class<? extends Component> target) {
        Card card = new Card();
        card.setTitle(getTranslation(key));
        Span text = new Span(status);
        text.addClassName(key.replace('.', '-'));
        card.add(text);
        card.addToFooter(new Button(getTranslation(key + ".open"), e -> getUI().ifPresent(ui -> ui.navigate(target))));
        card.setWidth("18rem");
        return card;
    }
}
