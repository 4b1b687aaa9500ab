package fr.pepites.badges.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.badges.BadgeRows.HolderBadges;
import fr.pepites.badges.BadgeService;
import fr.pepites.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** A person's badges and paths ("badges/personne/&lt;id&gt;"), for those who may see the person. */
@Route("badges/personne")
@PageTitle("Badges d'une personne · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.SIAE_DIRECTOR})
public class PersonBadgesView extends VerticalLayout implements HasUrlParameter<Long> {

    private final BadgeService badges;

    PersonBadgesView(BadgeService badges) {
        this.badges = badges;
    }

    @Override
    public void setParameter(BeforeEvent event, Long personId) {
        HolderBadges holder = badges.badgesOfPerson(personId).orElseThrow(NotFoundException::new);
        removeAll();
        add(new H2(getTranslation("badges.person.title", holder.name())),
                new HolderPanel(holder, getTranslation("badges.person.empty.next")));
    }
}
