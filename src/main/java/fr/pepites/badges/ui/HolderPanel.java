package fr.pepites.badges.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.pepites.badges.BadgeRows.CredentialRow;
import fr.pepites.badges.BadgeRows.HolderBadges;
import fr.pepites.badges.BadgeRows.PathProgress;
import fr.pepites.ui.Card;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Grids;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A holder's badges (each with its status and public page) and the progress of each modular path they stand in. */
class HolderPanel extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

    HolderPanel(HolderBadges holder, String emptyNextStep) {
        setPadding(false);
        Grid<CredentialRow> badges = new Grid<>();
        badges.setId("holder-badges");
        badges.setAllRowsVisible(true);
        badges.addColumn(CredentialRow::achievementName).setHeader(getTranslation("badges.achievement.name"))
                .setFlexGrow(3);
        badges.addColumn(r -> getTranslation("badges.kind." + r.kind().name()))
                .setHeader(getTranslation("badges.achievement.kind"));
        badges.addColumn(CredentialRow::issuerName).setHeader(getTranslation("badges.achievement.issuer"));
        badges.addColumn(r -> DAY.format(r.issuedAt())).setHeader(getTranslation("badges.issued.date"));
        badges.addComponentColumn(HolderPanel::status).setHeader(getTranslation("common.status"));
        badges.addComponentColumn(r -> new Anchor("badge/" + r.publicId(), getTranslation("badges.issued.open")))
                .setHeader(getTranslation("common.actions"));
        // On a phone each badge is a card: its name, who issued it when, its status and the link to show it.
        Grids.cardsOnPhone(badges, getTranslation("nav.group.badges"), r -> new Card(r.achievementName())
                .line(r.issuerName() + " · " + DAY.format(r.issuedAt()))
                .with(status(r), new Anchor("badge/" + r.publicId(), getTranslation("badges.issued.open"))));
        badges.setItems(holder.badges());
        EmptyState empty = new EmptyState(VaadinIcon.DIPLOMA, getTranslation("badges.holder.empty"), emptyNextStep);
        badges.setVisible(!holder.badges().isEmpty());
        empty.setVisible(holder.badges().isEmpty());
        add(badges, empty);
        if (!holder.paths().isEmpty()) {
            add(new H3(getTranslation("badges.holder.paths")));
            for (PathProgress path : holder.paths()) {
                int total = path.held().size() + path.missing().size();
                int required = path.required();
                ProgressBar bar = new ProgressBar(0, Math.max(required, 1), Math.min(path.held().size(), required));
                bar.setWidth("20em");
                bar.getElement().setAttribute("aria-label", path.pathName());
                Paragraph line = new Paragraph(path.pathName() + " — " + (path.earned()
                        ? getTranslation("badges.holder.pathEarned")
                        : path.held().size() >= required
                                ? getTranslation("badges.holder.pathDue", path.held().size(), required)
                                : required == total
                                ? getTranslation("badges.holder.pathProgress", path.held().size(), total,
                                        String.join(", ", path.missing()))
                                : getTranslation("badges.holder.pathProgressOf", path.held().size(), required, total,
                                        String.join(", ", path.missing()))));
                line.addClassName("path-progress");
                add(line, bar);
            }
        }
    }

    /** Valid, expired or revoked, as a coloured badge. */
    static Span status(CredentialRow r) {
        String key = r.revoked() ? "REVOKED" : r.expired(Instant.now()) ? "EXPIRED" : "VALID";
        Span status = new Span(getTranslationStatic("badges.verification." + key));
        status.getElement().getThemeList().add(r.revoked() ? "badge error" : r.expired(Instant.now())
                ? "badge contrast" : "badge success");
        return status;
    }

    private static String getTranslationStatic(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
