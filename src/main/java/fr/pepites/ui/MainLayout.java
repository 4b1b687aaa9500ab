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

    MainLayout(CurrentUserProvider currentUser, AuthenticationContext authentication, ShellRegistry shell) {
        this.shell = shell;
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
        for (MenuItem item : shell.menu(user)) {
            if (item.view() != null) {
                if (access.hasAccess(item.view())) {
                    nav.addItem(new SideNavItem(getTranslation(item.labelKey()), item.view(), item.icon().create()));
                }
            } else {
                SideNavItem link = new SideNavItem(getTranslation(item.labelKey()), item.href(), item.icon().create());
                link.setOpenInNewBrowserTab(true);
                link.setRouterIgnore(true);
                nav.addItem(link);
            }
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
        shell.rerouteBefore(event.getNavigationTarget()).ifPresent(event::rerouteTo);
    }
}
