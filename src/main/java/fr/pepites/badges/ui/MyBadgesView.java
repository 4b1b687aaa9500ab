package fr.pepites.badges.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.badges.BadgeService;
import jakarta.annotation.security.PermitAll;

/** A staff member's own badges and paths ("mes-badges"), for every logged-in user. */
@Route("mes-badges")
@PageTitle("Mes badges · PEPITES")
@PermitAll
public class MyBadgesView extends VerticalLayout {

    MyBadgesView(BadgeService badges) {
        add(new H2(getTranslation("badges.mine.title")), new Paragraph(getTranslation("badges.mine.intro")),
                new HolderPanel(badges.myBadges(), getTranslation("badges.mine.empty.next")));
    }
}
