package fr.pepites.badges.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.badges.PublicVerifier;
import jakarta.annotation.security.PermitAll;

/**
 * The verifier of badge files as members open it from the menu: inside the application, its header and menu kept
 * (the public address, {@link VerifyView}, shows it alone to visitors).
 */
@Route("badges/verification")
@PageTitle("Vérifier un badge · PEPITES")
@PermitAll
public class MemberVerifyView extends VerticalLayout {

    MemberVerifyView(PublicVerifier verifier) {
        add(new BadgeVerifier(verifier));
    }
}
