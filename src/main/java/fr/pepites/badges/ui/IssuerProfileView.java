package fr.pepites.badges.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.pepites.badges.BadgeRows.KeyRow;
import fr.pepites.badges.BadgeService;

/**
 * The public profile of an issuing organisation ("badges/emetteur/&lt;id&gt;"), the {@code url} of the issuer in its
 * credentials: its name and contact, and its signing keys (did:key), the current one and those retired, whose
 * credentials still verify.
 */
@Route(value = "badges/emetteur", autoLayout = false)
@PageTitle("Émetteur de badges · PEPITES")
@AnonymousAllowed
public class IssuerProfileView extends VerticalLayout implements HasUrlParameter<Long> {

    private final BadgeService badges;

    IssuerProfileView(BadgeService badges) {
        // A page without the application's frame is its own main landmark.
        getElement().setAttribute("role", "main");
        this.badges = badges;
        PublicPage.centre(this);
    }

    @Override
    public void setParameter(BeforeEvent event, Long organisationId) {
        BadgeService.IssuerProfile profile = badges.issuerProfile(organisationId).orElseThrow(NotFoundException::new);
        removeAll();
        add(new H1(profile.name()), new Paragraph(getTranslation("badges.issuer.intro")));
        if (profile.commune() != null) {
            add(new Paragraph(profile.commune()));
        }
        if (profile.email() != null) {
            add(new Paragraph(profile.email()));
        }
        add(new KeysGrid(profile.keys()));
    }

    /** An issuer's keys: its did:key, since when, until when. */
    static class KeysGrid extends Grid<KeyRow> {

        KeysGrid(java.util.List<KeyRow> keys) {
            setId("issuer-keys");
            setAllRowsVisible(true);
            setWidthFull();
            addColumn(KeyRow::did).setHeader(getTranslation("badges.keys.did")).setFlexGrow(4).setTooltipGenerator(KeyRow::did);
            addColumn(k -> HolderPanel.DAY.format(k.createdAt())).setHeader(getTranslation("badges.keys.since"));
            addColumn(k -> k.retiredAt() == null ? getTranslation("badges.keys.current")
                    : getTranslation("badges.keys.retired", HolderPanel.DAY.format(k.retiredAt())))
                    .setHeader(getTranslation("common.status"));
            addColumn(KeyRow::credentials).setHeader(getTranslation("badges.keys.signed"));
            setItems(keys);
        }
    }
}
