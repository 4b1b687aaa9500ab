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
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import jakarta.annotation.security.PermitAll;

/**
 * The landing page: what needs doing for this user, as a card per thing, each leading to where it is done. The cards
 * are the features' ({@link ShellContribution#homeCards}); a card whose view the user may not open is left out.
 */
@Route("")
@PageTitle("Accueil · PEPITES")
@PermitAll
public class HomeView extends VerticalLayout {

    HomeView(CurrentUserProvider currentUser, ShellRegistry shell) {
        CurrentUser user = currentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", user.fullName()));
        greeting.setId("home-greeting");
        Paragraph role = new Paragraph(getTranslation("home.role." + user.role().name()));
        role.addClassNames(LumoUtility.TextColor.SECONDARY);

        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassNames(LumoUtility.Gap.MEDIUM);
        AccessAnnotationChecker access = new AccessAnnotationChecker();
        shell.homeCards(user).stream().filter(card -> access.hasAccess(card.target()))
                .forEach(card -> cards.add(card(card)));
        add(greeting, role, cards);
    }

    private Component card(HomeCard content) {
        Card card = new Card();
        card.setTitle(getTranslation(content.key()));
        Span text = new Span(getTranslation(content.textKey(), content.parameters().toArray()));
        text.addClassName(content.key().replace('.', '-'));
        card.add(text);
        card.addToFooter(new Button(getTranslation(content.key() + ".open"),
                e -> getUI().ifPresent(ui -> ui.navigate(content.target()))));
        card.setWidth("18rem");
        return card;
    }
}
