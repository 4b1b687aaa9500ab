package fr.pepites.badges.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.pepites.badges.PublicVerifier;
import fr.pepites.security.CurrentUserProvider;

/**
 * The public verifier ("badges/verifier"), open without login, as the badges' pages link to it: the
 * {@link BadgeVerifier} alone on the page. A member who is logged in is taken to the same verifier inside the
 * application ({@link MemberVerifyView}), with its header and menu.
 */
@Route(value = "badges/verifier", autoLayout = false)
@PageTitle("Vérifier un badge · PEPITES")
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements BeforeEnterObserver {

    private final CurrentUserProvider currentUser;

    VerifyView(PublicVerifier verifier, CurrentUserProvider currentUser) {
        this.currentUser = currentUser;
        // A page without the application's frame is its own main landmark.
        getElement().setAttribute("role", "main");
        PublicPage.centre(this);
        add(new BadgeVerifier(verifier));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.find().isPresent()) {
            event.forwardTo(MemberVerifyView.class);
        }
    }
}
