package fr.pepites.badges.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.badges.BadgeService;
import fr.pepites.directory.Organisation;
import fr.pepites.security.Role;
import fr.pepites.ui.Confirm;
import jakarta.annotation.security.RolesAllowed;

/**
 * The issuers' signing keys ("badges/cles"): an organisation's keys and their public profile; rotation, after which
 * new badges are signed with the new key and those already issued keep verifying.
 */
@Route("badges/cles")
@PageTitle("Clés de signature · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.SIAE_DIRECTOR})
public class KeysView extends VerticalLayout {

    private final BadgeService badges;
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final Div keys = new Div();

    KeysView(BadgeService badges) {
        this.badges = badges;
        keys.setWidthFull();
        organisation.setLabel(getTranslation("badges.achievement.issuer"));
        organisation.setItems(badges.issuers());
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setWidth("28em");
        organisation.setId("keys-organisation");
        organisation.addValueChangeListener(e -> refresh());
        Button rotate = new Button(getTranslation("badges.keys.rotate"), VaadinIcon.KEY.create(), e -> {
            if (organisation.getValue() != null) {
                Confirm.ask(getTranslation("badges.keys.rotate"), getTranslation("badges.keys.rotate.text",
                        organisation.getValue().getName()), getTranslation("badges.keys.rotate"), true,
                        () -> badges.rotateKey(organisation.getValue().getId()),
                        getTranslation("badges.keys.rotated", organisation.getValue().getName()), this::refresh);
            }
        });
        rotate.setId("keys-rotate");
        HorizontalLayout bar = new HorizontalLayout(organisation, rotate);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        // What a key is for comes first, in plain words; its technical names after, for those who need them.
        add(new H2(getTranslation("badges.keys.title")), new Paragraph(getTranslation("badges.keys.purpose")),
                new Paragraph(getTranslation("badges.keys.intro")), bar, keys);
        organisation.getListDataView().getItems().findFirst().ifPresent(organisation::setValue);
    }

    private void refresh() {
        keys.removeAll();
        if (organisation.getValue() == null) {
            return;
        }
        var rows = badges.keysOf(organisation.getValue().getId());
        if (rows.isEmpty()) {
            keys.add(new Paragraph(getTranslation("badges.keys.none")));
            return;
        }
        keys.add(new IssuerProfileView.KeysGrid(rows),
                new Anchor("badges/emetteur/" + organisation.getValue().getId(),
                        getTranslation("badges.keys.profile")));
    }
}
