package fr.pepites.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.pepites.learning.Capsules;
import fr.pepites.ui.EmptyState;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The published e-learning capsules ("formation/capsules"), each with one's best score, to take or take again. */
@Route("formation/capsules")
@PageTitle("Capsules e-learning · PEPITES")
@PermitAll
public class CapsulesView extends VerticalLayout {

    CapsulesView(Capsules capsules) {
        add(new H2(getTranslation("learning.capsules.title")), new Paragraph(getTranslation("learning.capsules.intro")));
        List<Capsules.CapsuleRow> published = capsules.published();
        if (published.isEmpty()) {
            add(new EmptyState(VaadinIcon.LAPTOP, getTranslation("learning.capsules.empty"),
                    getTranslation("learning.capsules.empty.next")));
        }
        Div list = new Div();
        list.setId("capsules");
        list.setWidthFull();
        for (Capsules.CapsuleRow c : published) {
            Div card = new Div();
            card.addClassName("learning-card");
            card.add(new H3(c.title()));
            if (c.summary() != null) {
                card.add(new Paragraph(c.summary()));
            }
            card.add(new Paragraph(getTranslation("learning.capsule.facts", c.minutes(), c.passMark())));
            if (c.bestScore() != null) {
                card.add(new Paragraph(getTranslation(c.passed() ? "learning.capsule.passed" : "learning.capsule.tried",
                        c.bestScore())));
            }
            RouterLink take = new RouterLink(getTranslation(c.bestScore() == null ? "learning.capsule.take"
                    : "learning.capsule.retake"), CapsuleView.class, c.id());
            take.setId("capsule-take-" + c.id());
            card.add(take);
            list.add(card);
        }
        add(list);
    }
}
