package fr.pepites.badges.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.badges.BadgeKind;
import fr.pepites.badges.BadgeRows.AchievementRow;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.badges.BadgeRows.PendingProposal;
import fr.pepites.badges.BadgeRows.RecipientOption;
import fr.pepites.badges.BadgeRows.TwinningEarners;
import fr.pepites.badges.BadgeService;
import fr.pepites.security.Role;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Awarding badges ("badges/delivrer[/achievement id]"): by hand to persons and staff members with optional evidence;
 * from the badge proposals of the parcours' reviews (accept into a badge, or dismiss); to a closed twinning's earners
 * in one action.
 */
@Route("badges/delivrer")
@PageTitle("Délivrer des badges · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.SIAE_DIRECTOR})
public class AwardView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Europe/Paris"));

    private final BadgeService badges;
    private final ComboBox<AchievementRow> achievement = new ComboBox<>();
    private final MultiSelectComboBox<RecipientOption> recipients = new MultiSelectComboBox<>();
    private final TextArea narrative = new TextArea();
    private final TextField link = new TextField();
    private final Grid<PendingProposal> proposals = new Grid<>();
    private final EmptyState noProposal;
    private final Grid<TwinningEarners> twinnings = new Grid<>();
    private final EmptyState noTwinning;

    AwardView(BadgeService badges) {
        this.badges = badges;
        setSizeFull();
        noProposal = new EmptyState(VaadinIcon.CHECK, getTranslation("badges.proposals.empty"),
                getTranslation("badges.proposals.empty.next"));
        noTwinning = new EmptyState(VaadinIcon.CONNECT_O, getTranslation("badges.twinnings.empty"),
                getTranslation("badges.twinnings.empty.next"));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("badges.award.byHand"), byHand());
        tabs.add(getTranslation("badges.award.proposals"), new VerticalLayout(
                new Paragraph(getTranslation("badges.proposals.intro")), proposals, noProposal));
        tabs.add(getTranslation("badges.award.twinnings"), new VerticalLayout(
                new Paragraph(getTranslation("badges.twinnings.intro")), twinnings, noTwinning));
        configureProposals();
        configureTwinnings();
        add(new H2(getTranslation("badges.award.title")), tabs);
        refresh();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long achievementId) {
        if (achievementId != null) {
            // An achievement one may not award, or of nothing: the not-found page, as every view taking an id.
            achievement.setValue(achievement.getListDataView().getItems().filter(a -> a.id() == achievementId)
                    .findFirst().orElseThrow(NotFoundException::new));
        }
    }

    private Component byHand() {
        achievement.setLabel(getTranslation("badges.award.achievement"));
        achievement.setItems(awardable(null));
        achievement.setItemLabelGenerator(a -> a.name() + " — " + a.issuerName());
        achievement.setWidth("32em");
        achievement.setId("award-achievement");
        recipients.setLabel(getTranslation("badges.award.recipients"));
        recipients.setHelperText(getTranslation("badges.award.recipients.help"));
        recipients.setItems(query -> badges.recipients(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        recipients.setItemLabelGenerator(RecipientOption::label);
        recipients.setWidth("40em");
        recipients.setId("award-recipients");
        narrative.setLabel(getTranslation("badges.award.evidence"));
        narrative.setMaxLength(2000);
        narrative.setWidth("40em");
        narrative.setId("award-evidence");
        link.setLabel(getTranslation("badges.award.evidenceUrl"));
        link.setPlaceholder("https://…");
        link.setWidth("40em");
        link.setId("award-evidence-url");
        FieldErrors errors = new FieldErrors().bind("achievement", achievement).bind("recipients", recipients)
                .bind("evidenceNarrative", narrative).bind("evidenceUrl", link);
        Button award = new Button(getTranslation("badges.award.confirm"), VaadinIcon.DIPLOMA.create(),
                e -> Confirm.ask(getTranslation("badges.award.confirm"),
                        getTranslation("badges.award.confirm.text", recipients.getValue().size()),
                        getTranslation("badges.award.confirm"), false, errors, () -> badges.award(new AwardRequest(
                                achievement.getValue() == null ? null : achievement.getValue().id(),
                                recipients.getValue().stream().filter(r -> !r.staff()).map(RecipientOption::id)
                                        .toList(),
                                recipients.getValue().stream().filter(RecipientOption::staff)
                                        .map(RecipientOption::id).toList(),
                                narrative.getValue(), link.getValue())),
                        getTranslation("badges.award.done", recipients.getValue().size(),
                                achievement.getValue() == null ? "" : achievement.getValue().name()), () -> {
                                    recipients.clear();
                                    narrative.clear();
                                    link.clear();
                                }));
        award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        award.setId("award-submit");
        return new VerticalLayout(new Paragraph(getTranslation("badges.award.intro")), errors.summary(), achievement,
                recipients, narrative, link, award);
    }

    private void configureProposals() {
        proposals.setId("proposals-grid");
        proposals.setAllRowsVisible(true);
        proposals.addColumn(PendingProposal::personName).setHeader(getTranslation("badges.proposals.person"));
        proposals.addColumn(PendingProposal::label).setHeader(getTranslation("badges.proposals.competence"))
                .setFlexGrow(2);
        proposals.addColumn(PendingProposal::evidence).setHeader(getTranslation("badges.proposals.evidence"))
                .setFlexGrow(3);
        proposals.addColumn(p -> p.parcoursKey() + " · " + p.siaeName())
                .setHeader(getTranslation("badges.proposals.parcours"));
        proposals.addColumn(p -> DAY.format(p.proposedAt())).setHeader(getTranslation("badges.proposals.date"));
        proposals.addComponentColumn(p -> {
            Button accept = new Button(getTranslation("badges.proposals.accept"), e -> accept(p));
            accept.setId("proposal-accept-" + p.proposalId());
            Button dismiss = new Button(getTranslation("badges.proposals.dismiss"), e -> Confirm.ask(
                    getTranslation("badges.proposals.dismiss"), getTranslation("badges.proposals.dismiss.text",
                            p.label(), p.personName()), getTranslation("badges.proposals.dismiss"), true,
                    () -> badges.dismissProposal(p.proposalId()),
                    getTranslation("badges.proposals.dismissed", p.label(), p.personName()), this::refresh));
            dismiss.setId("proposal-dismiss-" + p.proposalId());
            return new HorizontalLayout(accept, dismiss);
        }).setAutoWidth(true);
    }

    private void accept(PendingProposal p) {
        ComboBox<AchievementRow> choice = new ComboBox<>(getTranslation("badges.award.achievement"));
        choice.setItems(awardable(null));
        choice.setItemLabelGenerator(a -> a.name() + " — " + a.issuerName());
        choice.setWidthFull();
        choice.setId("proposal-achievement");
        ActionDialog.open(getTranslation("badges.proposals.accept"),
                getTranslation("badges.proposals.accept.text", p.label(), p.personName()),
                getTranslation("badges.award.confirm"), false,
                new FieldErrors().bind("achievement", choice).bind("recipients", choice),
                () -> badges.acceptProposal(p.proposalId(), choice.getValue() == null ? null : choice.getValue().id()),
                getTranslation("badges.proposals.accepted"), this::refresh, choice);
    }

    private void configureTwinnings() {
        twinnings.setId("twinning-earners-grid");
        twinnings.setAllRowsVisible(true);
        twinnings.addColumn(TwinningEarners::businessKey).setHeader(getTranslation("badges.twinnings.file"));
        twinnings.addColumn(t -> t.siaeName() + " → " + t.tiersLieuName())
                .setHeader(getTranslation("badges.twinnings.pair")).setFlexGrow(2);
        twinnings.addColumn(t -> String.join(", ", t.earners())).setHeader(getTranslation("badges.twinnings.earners"))
                .setFlexGrow(3);
        twinnings.addColumn(t -> t.awarded() == 0 ? getTranslation("badges.twinnings.none")
                : getTranslation("badges.twinnings.awardedCount", t.awarded()))
                .setHeader(getTranslation("badges.twinnings.awardedHeader"));
        twinnings.addComponentColumn(t -> {
            Button award = new Button(getTranslation("badges.twinnings.award"), e -> awardTwinning(t));
            award.setId("twinning-award-" + t.twinningId());
            return award;
        }).setAutoWidth(true);
    }

    private void awardTwinning(TwinningEarners t) {
        ComboBox<AchievementRow> choice = new ComboBox<>(getTranslation("badges.award.achievement"));
        choice.setItems(awardable(BadgeKind.TWINNING));
        choice.setItemLabelGenerator(a -> a.name() + " — " + a.issuerName());
        choice.setWidthFull();
        choice.setId("twinning-achievement");
        choice.getListDataView().getItems().findFirst().ifPresent(choice::setValue);
        ActionDialog.open(getTranslation("badges.twinnings.award"),
                getTranslation("badges.twinnings.award.text", t.earners().size(), t.businessKey()),
                getTranslation("badges.award.confirm"), false,
                new FieldErrors().bind("achievement", choice).bind("recipients", choice),
                () -> badges.awardTwinningEarners(t.twinningId(), choice.getValue() == null ? null
                        : choice.getValue().id()),
                getTranslation("badges.twinnings.awarded"), this::refresh, choice);
    }

    private List<AchievementRow> awardable(BadgeKind kind) {
        return badges.achievements(null, kind, false).stream().filter(a -> a.kind() != BadgeKind.PATH).toList();
    }

    private void refresh() {
        List<PendingProposal> pending = badges.pendingProposals();
        proposals.setItems(pending);
        proposals.setVisible(!pending.isEmpty());
        noProposal.setVisible(pending.isEmpty());
        List<TwinningEarners> closed = badges.twinningsWithEarners();
        twinnings.setItems(closed);
        twinnings.setVisible(!closed.isEmpty());
        noTwinning.setVisible(closed.isEmpty());
    }
}
