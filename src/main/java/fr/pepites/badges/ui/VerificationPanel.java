package fr.pepites.badges.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.pepites.badges.Verification;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What a verification found, as the public page of a credential and the verifier of uploaded files show it: the
 * verdict, the signature check, the badge, its issuer, its holder's name as issued, its dates and its problems. The
 * issuer's name is the network's organisation whose key signed; a key no organisation holds is shown as such, by its
 * did:key, never with the name the credential gives itself.
 */
class VerificationPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy")
            .withLocale(java.util.Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

    VerificationPanel(Verification v, String description) {
        setPadding(false);
        setId("badge-verification");
        Span verdict = new Span(getTranslation("badges.verification." + v.status().name()));
        verdict.setId("badge-status");
        verdict.getElement().getThemeList().add(switch (v.status()) {
            case VALID -> "badge success";
            case EXPIRED, NOT_YET_VALID, NOT_CHECKED -> "badge contrast";
            case REVOKED, UNKNOWN_ISSUER, INVALID -> "badge error";
        });
        boolean unknownIssuer = v.status() == Verification.Status.UNKNOWN_ISSUER;
        Span signature = new Span(getTranslation(unknownIssuer ? "badges.signature.unknownIssuer"
                : v.signatureValid() ? "badges.signature.valid" : "badges.signature.invalid"));
        signature.setId("badge-signature");
        signature.getElement().getThemeList().add(unknownIssuer ? "badge contrast"
                : v.signatureValid() ? "badge success" : "badge error");
        // Without a verdict, nothing is said of the signature either: only why, below.
        signature.setVisible(v.status() != Verification.Status.NOT_CHECKED);
        add(new HorizontalLayout(verdict, signature));
        if (v.revocationReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("badges.revokedBecause", v.revocationReason()));
            reason.setId("badge-revocation-reason");
            add(reason);
        }
        if (v.achievementName() != null) {
            HorizontalLayout head = new HorizontalLayout();
            if (v.achievementImage() != null) {
                Image image = new Image(v.achievementImage(), v.achievementName());
                image.setWidth("120px");
                image.setHeight("120px");
                head.add(image);
            }
            Div text = new Div(new H2(v.achievementName()));
            line(text, "badges.page.issuer", v.issuerName());
            if (unknownIssuer) {
                line(text, "badges.page.unknownIssuerKey", v.issuerId());
            }
            line(text, "badges.page.recipient", v.recipientName());
            line(text, "badges.page.validFrom", day(v.validFrom()));
            line(text, "badges.page.validUntil", v.validUntil() == null ? getTranslation("badges.page.noExpiry")
                    : day(v.validUntil()));
            head.add(text);
            add(head);
        }
        if (description != null) {
            add(new Paragraph(description));
        }
        if (v.criteria() != null) {
            add(new H2(getTranslation("badges.page.criteria")), new Paragraph(v.criteria()));
        }
        if (!v.problems().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.setId("badge-problems");
            v.problems().forEach(p -> problems.add(new ListItem(p)));
            add(problems);
        }
    }

    private void line(Div into, String key, String value) {
        if (value != null) {
            into.add(new Paragraph(getTranslation(key) + " : " + value));
        }
    }

    private static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant);
    }
}
