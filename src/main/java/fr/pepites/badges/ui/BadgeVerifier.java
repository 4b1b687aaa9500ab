package fr.pepites.badges.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import fr.pepites.badges.PublicVerifier;
import fr.pepites.ui.FrenchUpload;

/**
 * The verifier of badge files: anyone (an employer, say) gives a badge file — the credential's JSON, or a PNG or SVG
 * image with one baked in — and sees what it says and whether it holds. Nothing given is kept. Each address verifies
 * a few files a minute ({@link PublicVerifier}). Shown alone to visitors ({@link VerifyView}), inside the application
 * to members ({@link MemberVerifyView}).
 */
class BadgeVerifier extends VerticalLayout {

    private final Div result = new Div();

    BadgeVerifier(PublicVerifier verifier) {
        setPadding(false);
        // The address the session was opened from (the client's, behind a proxy that forwards it).
        String client = VaadinSession.getCurrent().getBrowser().getAddress();
        Upload upload = FrenchUpload.inMemory(PublicVerifier.MAX_VERIFIED_FILE,
                (metadata, bytes) -> show(new VerificationPanel(verifier.verifyUpload(bytes, client), null)),
                this::showRejected);
        upload.setId("badge-verify-upload");
        upload.setAcceptedFileTypes(".json", ".jsonld", ".png", ".svg", "application/json", "application/ld+json",
                "image/png", "image/svg+xml");
        upload.addFileRejectedListener(e -> showRejected());
        upload.setUploadButton(new Button(getTranslation("badges.verify.choose")));
        result.setId("badge-verify-result");
        add(new H1(getTranslation("badges.verify.title")), new Paragraph(getTranslation("badges.verify.intro")),
                upload, result);
    }

    private void showRejected() {
        show(new Paragraph(getTranslation("badges.verify.rejected")));
    }

    private void show(Component component) {
        result.removeAll();
        result.add(component);
    }
}
