package fr.pepites.badges.ui;

import fr.pepites.ui.Card;
import fr.pepites.ui.Grids;
import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.badges.BadgeKind;
import fr.pepites.badges.BadgeRows;
import fr.pepites.badges.BadgeRows.CredentialRow;
import fr.pepites.badges.BadgeRows.IssuedFilter;
import fr.pepites.badges.BadgeService;
import fr.pepites.directory.Organisation;
import fr.pepites.security.Role;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.Download;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.FieldErrors;
import jakarta.annotation.security.RolesAllowed;

/**
 * The badges issued ("badges/delivres"), newest first, by page: filtered by kind, issuer, period and name; exported
 * as CSV; each opens its public page, its holder's badges, or is revoked with a reason.
 */
@Route("badges/delivres")
@PageTitle("Badges délivrés · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.SIAE_DIRECTOR})
public class IssuedBadgesView extends VerticalLayout {

    private final BadgeService badges;
    private final Grid<CredentialRow> grid = new Grid<>();
    private final Select<BadgeKind> kind = new Select<>();
    private final ComboBox<Organisation> issuer = new ComboBox<>();
    private final DatePicker from = DateFields.date();
    private final DatePicker to = DateFields.date();
    private final TextField search = new TextField();
    private final EmptyState empty;
    private final Paragraph summary = new Paragraph();

    IssuedBadgesView(BadgeService badges) {
        this.badges = badges;
        setSizeFull();
        kind.setLabel(getTranslation("badges.achievement.kind"));
        kind.setItems(BadgeKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("badges.kind.all")
                : getTranslation("badges.kind." + k.name()));
        kind.setId("issued-kind");
        issuer.setLabel(getTranslation("badges.achievement.issuer"));
        issuer.setItems(badges.issuers());
        issuer.setItemLabelGenerator(Organisation::getName);
        issuer.setClearButtonVisible(true);
        from.setLabel(getTranslation("badges.issued.from"));
        to.setLabel(getTranslation("badges.issued.to"));
        search.setLabel(getTranslation("badges.issued.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("issued-search");
        kind.addValueChangeListener(e -> refresh());
        issuer.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        grid.setId("issued-grid");
        grid.addColumn(CredentialRow::achievementName).setHeader(getTranslation("badges.achievement.name"))
                .setFlexGrow(2);
        Grids.asWideAsContent(grid.addColumn(r -> getTranslation("badges.kind." + r.kind().name()))
                .setHeader(getTranslation("badges.achievement.kind")));
        grid.addColumn(CredentialRow::issuerName).setHeader(getTranslation("badges.achievement.issuer"));
        grid.addComponentColumn(r -> r.personId() == null ? new com.vaadin.flow.component.html.Span(r.recipientName())
                : new Anchor("badges/personne/" + r.personId(), r.recipientName()))
                .setHeader(getTranslation("badges.issued.recipient"));
        grid.addColumn(r -> HolderPanel.DAY.format(r.issuedAt())).setHeader(getTranslation("badges.issued.date"));
        grid.addColumn(r -> getTranslation("badges.source." + r.source().name()))
                .setHeader(getTranslation("badges.issued.source"));
        Grids.asWideAsContent(grid.addComponentColumn(HolderPanel::status).setHeader(getTranslation("common.status")));
        grid.addComponentColumn(r -> {
            Anchor open = new Anchor("badge/" + r.publicId(), getTranslation("badges.issued.open"));
            HorizontalLayout actions = new HorizontalLayout(open);
            if (!r.revoked()) {
                Button revoke = new Button(getTranslation("badges.revoke"), VaadinIcon.BAN.create(), e -> revoke(r));
                revoke.setId("issued-revoke-" + r.id());
                actions.add(revoke);
            }
            return actions;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        // On a phone each credential is a card: what, to whom, when, its status and its public page (revoking is
        // done at a desk, from the columns).
        Grids.cardsOnPhone(grid, getTranslation("badges.issued.title"), r -> new Card(r.achievementName())
                .line(r.recipientName() + " · " + HolderPanel.DAY.format(r.issuedAt()))
                .line(r.issuerName())
                .with(HolderPanel.status(r), new Anchor("badge/" + r.publicId(), getTranslation("badges.issued.open"))));
        empty = new EmptyState(VaadinIcon.DIPLOMA, getTranslation("badges.issued.empty"),
                getTranslation("badges.issued.empty.next"));
        Anchor export = Download.csv(getTranslation("badges.issued.export"), "pepites-badges.csv",
                () -> badges.issuedCsv(filter(), this::getTranslation));
        export.setId("issued-export");
        HorizontalLayout filters = new HorizontalLayout(kind, issuer, from, to, search, export);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("badges.issued.title")), new Paragraph(getTranslation("badges.issued.intro")),
                filters, summary, grid, empty);
        summary.setId("issued-summary");
        refresh();
    }

    private IssuedFilter filter() {
        return new IssuedFilter(kind.getValue(), issuer.getValue() == null ? null : issuer.getValue().getId(),
                from.getValue(), to.getValue(), search.getValue());
    }

    private void revoke(CredentialRow r) {
        TextArea reason = new TextArea(getTranslation("badges.revoke.reason"));
        reason.setHelperText(getTranslation("badges.revoke.reason.help"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("revoke-reason");
        ActionDialog.open(getTranslation("badges.revoke"),
                getTranslation("badges.revoke.text", r.achievementName(), r.recipientName()),
                getTranslation("badges.revoke"), true, new FieldErrors().bind("reason", reason),
                () -> badges.revoke(r.publicId(), reason.getValue()), getTranslation("badges.revoke.done"),
                this::refresh, reason);
    }

    private void refresh() {
        IssuedFilter filter = filter();
        BadgeRows.IssuedSummary totals = badges.issuedSummary(filter);
        long count = totals.total();
        grid.setItems(query -> badges.issued(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) badges.countIssued(filter));
        summary.setText(getTranslation("badges.issued.summary", totals.total(),
                totals.byKind().entrySet().stream().map(e -> getTranslation("badges.kind." + e.getKey().name())
                        + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")),
                totals.byIssuer().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", "))));
        summary.setVisible(count > 0);
        grid.setVisible(count > 0);
        empty.setVisible(count == 0);
    }
}
