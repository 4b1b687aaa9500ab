package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.ui.OrganisationsView;
import fr.pepites.directory.ui.PersonsView;
import fr.pepites.directory.ui.UsersView;
import fr.pepites.matching.ui.MatchingWorkbenchView;
import fr.pepites.notification.ui.MailsView;
import fr.pepites.reference.ui.ReferenceView;
import fr.pepites.referral.ui.ReferralFormView;
import fr.pepites.referral.ui.ReferralsView;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.security.ui.AccountView;
import fr.pepites.vacancy.ui.VacanciesView;
import fr.pepites.workflow.ui.InboxView;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/**
 * The frame of every logged-in page: the user and organisation, the menu their role allows, logout. A user whose
 * password an administrator gave is kept on "Mon compte" until they have chosen their own.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private record NavEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon) {
    }

    private static final List<NavEntry> NAVIGATION = List.of(
            new NavEntry("nav.home", HomeView.class, VaadinIcon.HOME),
            new NavEntry("nav.inbox", InboxView.class, VaadinIcon.INBOX),
            new NavEntry("nav.newReferral", ReferralFormView.class, VaadinIcon.PLUS_CIRCLE),
            new NavEntry("nav.referrals", ReferralsView.class, VaadinIcon.PAPERPLANE),
            new NavEntry("nav.vacancies", VacanciesView.class, VaadinIcon.CLIPBOARD_TEXT),
            new NavEntry("nav.matching", MatchingWorkbenchView.class, VaadinIcon.CONNECT),
            new NavEntry("nav.persons", PersonsView.class, VaadinIcon.USERS),
            new NavEntry("nav.directory", OrganisationsView.class, VaadinIcon.BUILDING),
            new NavEntry("nav.users", UsersView.class, VaadinIcon.USER_CARD),
            new NavEntry("nav.mails", MailsView.class, VaadinIcon.ENVELOPE),
            new NavEntry("nav.reference", ReferenceView.class, VaadinIcon.BOOK),
            new NavEntry("nav.account", AccountView.class, VaadinIcon.KEY));

    private final DirectoryService directory;

    MainLayout(CurrentUserProvider currentUser, AuthenticationContext authentication, DirectoryService directory) {
        this.directory = directory;
        CurrentUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title(), userBox(user, authentication));
        addToDrawer(brand(), navigation(user));
    }

    private Component title() {
        H1 title = new H1("PEPITES");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        return title;
    }

    private Component brand() {
        Span brand = new Span(getTranslation("app.tagline"));
        brand.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return brand;
    }

    private SideNav navigation(CurrentUser user) {
        AccessAnnotationChecker access = new AccessAnnotationChecker();
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        NAVIGATION.stream()
                .filter(entry -> access.hasAccess(entry.view()))
                .forEach(entry -> nav.addItem(
                        new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create())));
        if (user.is(Role.ADMIN)) {
            SideNavItem cockpit = new SideNavItem(getTranslation("nav.cockpit"), "/camunda/app/cockpit/default/",
                    VaadinIcon.COG.create());
            cockpit.setOpenInNewBrowserTab(true);
            cockpit.setRouterIgnore(true);
            nav.addItem(cockpit);
        }
        return nav;
    }

    private Component userBox(CurrentUser user, AuthenticationContext authentication) {
        Div who = new Div();
        Span name = new Span(user.fullName());
        name.setId("current-user-name");
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span details = new Span(getTranslation("role." + user.role().name()) + " · " + user.organisationName());
        details.setId("current-user-organisation");
        details.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY,
                LumoUtility.Display.BLOCK);
        who.add(name, details);

        Select<Locale> language = new Select<>();
        language.setItems(PepitesI18NProvider.FRENCH, PepitesI18NProvider.ENGLISH);
        language.setItemLabelGenerator(locale -> locale.getLanguage().toUpperCase(Locale.ROOT));
        language.setValue(UI.getCurrent().getLocale().getLanguage().equals("en")
                ? PepitesI18NProvider.ENGLISH : PepitesI18NProvider.FRENCH);
        language.setWidth("5em");
        language.setAriaLabel(getTranslation("header.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent().getSession().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        Button logout = new Button(getTranslation("header.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout box = new HorizontalLayout(who, language, logout);
        box.setAlignItems(HorizontalLayout.Alignment.CENTER);
        box.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Padding.Horizontal.MEDIUM);
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != AccountView.class && directory.mustChangeOwnPassword()) {
            event.rerouteTo(AccountView.class);
        }
    }
}
