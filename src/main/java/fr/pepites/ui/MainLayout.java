package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
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
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame of every logged-in page: the user and organisation, the menu the features contribute (those
 * entries the user may open), logout; a feature may send the user elsewhere first ({@link ShellContribution}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final ShellRegistry shell;
    /** The heading under which each view is listed, opened when the view is. */
    private static final String OPEN_GROUPS = "pepites.menu.openGroups";
    private final java.util.Map<Class<?>, SideNav> groupOf = new java.util.HashMap<>();

    MainLayout(CurrentUserProvider currentUser, AuthenticationContext authentication, ShellRegistry shell) {
        this.shell = shell;
        CurrentUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("header.menu"));
        // The header and the tagline are landmarks of their own: no content of a page lies outside one.
        Header header = new Header(toggle, title(), userBox(user, authentication));
        header.addClassName("pepites-header");
        addToNavbar(header);
        addToDrawer(new Aside(brand()), navigation(user));
    }

    private Component title() {
        H1 title = new H1("PEPITES");
        title.addClassNames("pepites-app-title", LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        return title;
    }

    private Component brand() {
        Span brand = new Span(getTranslation("app.tagline"));
        brand.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return brand;
    }

    /**
     * The menu under its headings, each a navigation of its own that opens and closes (the one holding the page
     * opened opens by itself); a heading with a single entry for this user is no heading, the entry stands with the
     * daily ones. Labels wrap instead of being cut.
     */
    private Component navigation(CurrentUser user) {
        AccessAnnotationChecker access = new AccessAnnotationChecker();
        SideNav main = new SideNav();
        main.setId("main-navigation");
        main.getElement().setAttribute("aria-label", getTranslation("nav.menu"));
        Div menu = new Div(main);
        shell.menuByGroup(user, item -> item.view() == null || access.hasAccess(item.view())).forEach((group, items) -> {
            if (group.labelKey() == null || items.size() == 1) {
                items.forEach(item -> main.addItem(entry(item)));
            } else {
                SideNav section = new SideNav();
                section.setId("nav-group-" + group.name().toLowerCase(Locale.ROOT));
                section.getElement().appendChild(label(getTranslation(group.labelKey())).getElement()
                        .setAttribute("slot", "label"));
                section.setCollapsible(true);
                // A heading the user opened stays open from page to page, for the session.
                section.setExpanded(openGroups().contains(group.name()));
                section.getElement().addPropertyChangeListener("collapsed", "collapsed-changed", change -> {
                    if (!change.isUserOriginated()) {
                        return;
                    }
                    if (section.isExpanded()) {
                        openGroups().add(group.name());
                    } else {
                        openGroups().remove(group.name());
                    }
                });
                items.forEach(item -> {
                    section.addItem(entry(item));
                    if (item.view() != null) {
                        groupOf.put(item.view(), section);
                    }
                });
                menu.add(section);
            }
        });
        return menu;
    }

    private SideNavItem entry(MenuItem item) {
        SideNavItem entry;
        if (item.view() != null) {
            entry = new SideNavItem(null, item.view(), item.icon().create());
        } else {
            entry = new SideNavItem(null, item.href(), item.icon().create());
            entry.setOpenInNewBrowserTab(true);
            entry.setRouterIgnore(true);
        }
        entry.getElement().appendChild(label(getTranslation(item.labelKey())).getElement());
        return entry;
    }

    /** The item's label as an element of its own, which wraps: the item's own label is cut to one line. */
    private static Span label(String text) {
        Span label = new Span(text);
        label.addClassName("pepites-nav-label");
        return label;
    }

    private Component userBox(CurrentUser user, AuthenticationContext authentication) {
        Div who = new Div();
        who.addClassName("pepites-user");
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
        // On a phone the button shows its icon only (pepites.css): its name stays for screen readers and tooltips.
        logout.setAriaLabel(getTranslation("header.logout"));
        logout.setTooltipText(getTranslation("header.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout box = new HorizontalLayout(who, language, logout);
        box.setAlignItems(HorizontalLayout.Alignment.CENTER);
        box.addClassNames("pepites-user-box", LumoUtility.Margin.Left.AUTO, LumoUtility.Padding.Horizontal.MEDIUM);
        return box;
    }

    /** The menu headings this user has open, kept in their session. */
    @SuppressWarnings("unchecked")
    private static java.util.Set<String> openGroups() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        Object open = session.getAttribute(OPEN_GROUPS);
        if (open == null) {
            open = java.util.concurrent.ConcurrentHashMap.newKeySet();
            session.setAttribute(OPEN_GROUPS, open);
        }
        return (java.util.Set<String>) open;
    }

    /** The page's own content is its main landmark: where a screen reader's "skip to content" leads. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shell.rerouteBefore(event.getNavigationTarget()).ifPresent(event::rerouteTo);
        SideNav section = groupOf.get(event.getNavigationTarget());
        if (section != null) {
            section.setExpanded(true);
        }
    }
}
