package fr.pepites.badges.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.pepites.badges.BadgeRows.CredentialPage;
import fr.pepites.badges.BadgeService;

/**
 * The public page of a credential ("badge/&lt;id&gt;"), open to anyone without login: the badge, its holder's name
 * as issued, its issuer and dates, its status and signature checked now, its evidence and alignments, its files
 * (the credential's JSON, the image with the credential baked in, PNG and SVG) and the link that adds it to a
 * LinkedIn profile. An unknown id is a 404 page.
 */
@Route(value = "badge", autoLayout = false)
@PageTitle("Badge · PEPITES")
@AnonymousAllowed
public class CredentialView extends VerticalLayout implements HasUrlParameter<String> {

    private final BadgeService badges;

    CredentialView(BadgeService badges) {
        // A page without the application's frame is its own main landmark.
        getElement().setAttribute("role", "main");
        this.badges = badges;
        PublicPage.centre(this);
    }

    @Override
    public void setParameter(BeforeEvent event, String publicId) {
        CredentialPage page = badges.publicPage(publicId).orElseThrow(NotFoundException::new);
        removeAll();
        add(new H1(getTranslation("badges.page.title")),
                new VerificationPanel(page.verification(), page.achievementDescription()));
        if (page.evidenceNarrative() != null || page.evidenceUrl() != null) {
            add(new H2(getTranslation("badges.page.evidence")));
            if (page.evidenceNarrative() != null) {
                add(new Paragraph(page.evidenceNarrative()));
            }
            if (page.evidenceUrl() != null) {
                Anchor link = new Anchor(page.evidenceUrl(), page.evidenceUrl());
                link.getElement().setAttribute("rel", "noopener nofollow");
                add(link);
            }
        }
        if (!page.alignments().isEmpty()) {
            UnorderedList alignments = new UnorderedList();
            for (fr.pepites.badges.Alignment a : page.alignments()) {
                Anchor link = new Anchor(a.getUrl(), a.getFramework() + (a.getCode() == null ? "" : " " + a.getCode())
                        + " — " + a.getName());
                link.getElement().setAttribute("rel", "noopener");
                alignments.add(new ListItem(link));
            }
            add(new H2(getTranslation("badges.page.alignments")), alignments);
        }
        String base = "/public/badges/" + page.publicId();
        Anchor json = download(base + ".json", "badges.page.json", "badge-json");
        Anchor png = download(base + ".png", "badges.page.png", "badge-png");
        Anchor svg = download(base + ".svg", "badges.page.svg", "badge-svg");
        Anchor linkedIn = new Anchor(page.linkedInUrl(), getTranslation("badges.page.linkedIn"));
        linkedIn.setTarget("_blank");
        linkedIn.getElement().setAttribute("rel", "noopener");
        linkedIn.setId("badge-linkedin");
        Anchor verify = new Anchor("badges/verifier", getTranslation("badges.page.verifyAFile"));
        add(new H2(getTranslation("badges.page.files")), new HorizontalLayout(json, png, svg, linkedIn),
                new Paragraph(getTranslation("badges.page.howToVerify")), verify);
    }

    private Anchor download(String href, String key, String id) {
        Anchor link = new Anchor(href, getTranslation(key));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true);
        link.setId(id);
        return link;
    }
}
