package fr.pepites.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.learning.ActivityKind;
import fr.pepites.learning.Learner;
import fr.pepites.learning.LearningLedger;
import fr.pepites.learning.Modality;
import fr.pepites.security.Role;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.Card;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.DateFields;
import fr.pepites.ui.Download;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.Grids;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * A director's team record ("formation/equipe"): the hours of their staff and of their persons in parcours over a
 * period, by kind and modality (the training plan's figures), each one's record, and an activity written by hand.
 */
@Route("formation/equipe")
@PageTitle("Formation de l'équipe · PEPITES")
@RolesAllowed({Role.Names.SIAE_DIRECTOR, Role.Names.COORDINATOR, Role.Names.ADMIN})
public class TeamLearningView extends VerticalLayout {

    private final LearningLedger ledger;
    private final Grid<LearningLedger.TeamRow> grid = new Grid<>();
    private final PeriodFilter period = new PeriodFilter(this::refresh);
    private final FieldErrors errors = period.errors();
    private final EmptyState empty;

    TeamLearningView(LearningLedger ledger) {
        this.ledger = ledger;
        Button write = new Button(getTranslation("learning.hand.open"), VaadinIcon.PLUS.create(), e -> writeByHand());
        write.setId("learning-hand-open");
        empty = new EmptyState(VaadinIcon.USERS, getTranslation("learning.team.empty"),
                getTranslation("learning.team.empty.next"));
        grid.addColumn(LearningLedger.TeamRow::name).setHeader(getTranslation("learning.learner")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.staff() ? "learning.team.staff" : "learning.team.person"))
                .setHeader(getTranslation("learning.team.who"));
        grid.addColumn(r -> RecordPanel.hours(r.totals().minutes())).setHeader(getTranslation("learning.total"));
        grid.addColumn(r -> breakdown(r.totals())).setHeader(getTranslation("learning.team.breakdown")).setFlexGrow(3);
        grid.addComponentColumn(r -> new Button(getTranslation("learning.team.record"), e -> showRecord(r)))
                .setHeader(getTranslation("common.actions")).setAutoWidth(true);
        Grids.wrapping(grid);
        Grids.cardsOnPhone(grid, getTranslation("learning.team.title"), r -> new Card(r.name())
                .line(getTranslation(r.staff() ? "learning.team.staff" : "learning.team.person"))
                .line(RecordPanel.hours(r.totals().minutes()) + " · " + breakdown(r.totals()))
                .with(new Button(getTranslation("learning.team.record"), e -> showRecord(r))));
        HorizontalLayout actions = new HorizontalLayout(write, Download.csv(getTranslation("learning.csv"),
                "formation-equipe.csv",
                () -> period.export((from, to) -> ledger.teamCsv(from, to, this::getTranslation))));
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        actions.setWrap(true);
        add(new H2(getTranslation("learning.team.title")), new Paragraph(getTranslation("learning.team.intro")),
                errors.summary(), period, actions, grid, empty);
        refresh();
    }

    private String breakdown(LearningLedger.Totals totals) {
        StringBuilder text = new StringBuilder();
        totals.byKind().forEach((kind, minutes) -> text.append(text.isEmpty() ? "" : ", ")
                .append(getTranslation("learning.kind." + kind.name())).append(" ").append(RecordPanel.hours(minutes)));
        return text.toString();
    }

    private void refresh() {
        grid.setVisible(false);
        empty.setVisible(false);
        errors.run(() -> {
            var rows = ledger.teamRecord(period.from.getValue(), period.to.getValue());
            grid.setItems(rows);
            grid.setVisible(!rows.isEmpty());
            empty.setVisible(rows.isEmpty());
        });
    }

    private void showRecord(LearningLedger.TeamRow row) {
        FieldErrors recordErrors = period.errors();
        recordErrors.run(() -> ledger.recordOf(row.learner(), period.from.getValue(), period.to.getValue())
                .ifPresent(record -> {
                    Dialog dialog = new Dialog(record.learnerName());
                    dialog.add(new RecordPanel(record, getTranslation("learning.team.record.empty.next"),
                            activity -> Confirm.ask(getTranslation("learning.remove.title"),
                                    getTranslation("learning.remove.text"), getTranslation("learning.remove"), true,
                                    () -> ledger.removeByHand(activity.id()), getTranslation("learning.remove.done"),
                                    () -> {
                                        dialog.close();
                                        refresh();
                                        showRecord(row);
                                    })));
                    dialog.getFooter().add(Download.of(getTranslation("learning.attestation"),
                            "attestation-formation.pdf", "application/pdf", () -> period.export((from, to) ->
                                    ledger.attestationOf(row.learner(), from, to, this::getTranslation))),
                            new Button(getTranslation("common.close"), e -> dialog.close()));
                    dialog.setWidth("min(60rem, 95vw)");
                    dialog.open();
                }));
    }

    private void writeByHand() {
        Map<Learner, String> learners = ledger.learnersOfMyOrganisation();
        ComboBox<Learner> learner = new ComboBox<>(getTranslation("learning.learner"));
        learner.setItems(learners.keySet());
        learner.setItemLabelGenerator(l -> learners.getOrDefault(l, ""));
        learner.setId("learning-hand-learner");
        Select<ActivityKind> kind = new Select<>();
        kind.setLabel(getTranslation("learning.kind"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("learning.kind." + k.name()));
        kind.setId("learning-hand-kind");
        DatePicker date = DateFields.date(getTranslation("learning.date"));
        date.setId("learning-hand-date");
        IntegerField minutes = new IntegerField(getTranslation("learning.minutes"));
        minutes.setMin(1);
        minutes.setMax(24 * 60);
        minutes.setStepButtonsVisible(true);
        minutes.setId("learning-hand-minutes");
        minutes.setHelperText(getTranslation("learning.minutes.help"));
        Select<Modality> modality = new Select<>();
        modality.setLabel(getTranslation("learning.modality"));
        modality.setItems(Modality.values());
        modality.setItemLabelGenerator(m -> getTranslation("learning.modality." + m.name()));
        modality.setId("learning-hand-modality");
        TextArea reason = new TextArea(getTranslation("learning.hand.reason"));
        reason.setMaxLength(2000);
        reason.setId("learning-hand-reason");
        TextArea evidence = new TextArea(getTranslation("learning.evidence"));
        evidence.setMaxLength(2000);
        TextField url = new TextField(getTranslation("learning.evidence.url"));
        url.setMaxLength(500);
        for (var field : java.util.List.<com.vaadin.flow.component.HasValue<?, ?>>of(learner, kind, date, minutes,
                modality, reason)) {
            field.setRequiredIndicatorVisible(true);
        }
        FieldErrors handErrors = new FieldErrors().bind("learner", learner).bind("kind", kind).bind("date", date)
                .bind("minutes", minutes).bind("modality", modality).bind("reason", reason)
                .bind("evidenceText", evidence).bind("evidenceUrl", url);
        ActionDialog.open(getTranslation("learning.hand.title"), getTranslation("learning.hand.text"),
                getTranslation("learning.hand.save"), false, handErrors,
                () -> ledger.recordByHand(new LearningLedger.HandEntry(learner.getValue(), kind.getValue(),
                        date.getValue(), minutes.getValue(), modality.getValue(), evidence.getValue(), url.getValue(),
                        reason.getValue())),
                getTranslation("learning.hand.saved"), this::refresh, learner, kind, date, minutes, modality, reason,
                evidence, url);
    }
}
