package fr.pepites.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import fr.pepites.learning.ActivityKind;
import fr.pepites.learning.ActivitySource;
import fr.pepites.learning.AwardRules;
import fr.pepites.learning.LearningLedger;
import fr.pepites.learning.LearningLedger.ActivityRow;
import fr.pepites.learning.Modality;
import fr.pepites.ui.Card;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Grids;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A learner's record as their own page and their director's dialog show it: progress towards each badge rule first,
 * then hours by kind and by modality, and the activities of the period. Every text comes from the ledger and is shown as text.
 */
class RecordPanel extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    RecordPanel(LearningLedger.LearningRecord record, String emptyNextStep) {
        this(record, emptyNextStep, null);
    }

    /** With {@code remove}, each activity written by hand has a button taking it back (after a confirmation). */
    RecordPanel(LearningLedger.LearningRecord record, String emptyNextStep, Consumer<ActivityRow> remove) {
        setPadding(false);
        add(new H3(getTranslation("learning.progress")));
        if (record.progress().isEmpty()) {
            add(new Span(getTranslation("learning.progress.none")));
        } else {
            Grid<AwardRules.Progress> progress = new Grid<>();
            progress.setAllRowsVisible(true);
            progress.addColumn(AwardRules.Progress::achievementName).setHeader(getTranslation("learning.badge"))
                    .setFlexGrow(2);
            progress.addColumn(AwardRules.Progress::wording).setHeader(getTranslation("learning.rule")).setFlexGrow(2);
            progress.addColumn(this::progressText).setHeader(getTranslation("learning.progress.done"));
            Grids.cardsOnPhone(progress, getTranslation("learning.progress"), p -> new Card(p.achievementName())
                    .line(p.wording()).line(progressText(p)));
            progress.setItems(record.progress());
            add(progress);
        }
        add(new H3(getTranslation("learning.totals")));
        add(totals(record.totals()));
        add(new H3(getTranslation("learning.activities")));
        EmptyState empty = new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("learning.activities.empty"),
                emptyNextStep);
        Grid<ActivityRow> activities = new Grid<>();
        activities.setPageSize(50);
        activities.addColumn(a -> DATE.format(a.date())).setHeader(getTranslation("learning.date")).setAutoWidth(true);
        activities.addColumn(a -> getTranslation("learning.kind." + a.kind().name()))
                .setHeader(getTranslation("learning.kind"));
        activities.addColumn(a -> hours(a.minutes())).setHeader(getTranslation("learning.duration"));
        activities.addColumn(a -> getTranslation("learning.modality." + a.modality().name()))
                .setHeader(getTranslation("learning.modality"));
        activities.addColumn(this::source).setHeader(getTranslation("learning.source")).setFlexGrow(2);
        activities.addColumn(ActivityRow::evidence).setHeader(getTranslation("learning.evidence.column"))
                .setFlexGrow(2);
        Grids.wrapping(activities);
        if (remove != null) {
            activities.addComponentColumn(a -> a.source() == ActivitySource.HAND ? removeButton(a, remove)
                    : new Span()).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        }
        Grids.cardsOnPhone(activities, getTranslation("learning.activities"), a -> new Card(
                DATE.format(a.date()) + " · " + getTranslation("learning.kind." + a.kind().name()))
                .line(hours(a.minutes()) + " · " + getTranslation("learning.modality." + a.modality().name()))
                .line(source(a)).line(a.evidence()));
        activities.setItems(record.activities());
        activities.setVisible(!record.activities().isEmpty());
        activities.setAllRowsVisible(record.activities().size() <= 20);
        empty.setVisible(record.activities().isEmpty());
        add(activities, empty);
    }

    private Button removeButton(ActivityRow a, Consumer<ActivityRow> remove) {
        Button button = new Button(getTranslation("learning.remove"), e -> remove.accept(a));
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Component totals(LearningLedger.Totals totals) {
        Grid<Map.Entry<String, Integer>> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("learning.what")).setFlexGrow(2);
        grid.addColumn(e -> hours(e.getValue())).setHeader(getTranslation("learning.duration"));
        List<Map.Entry<String, Integer>> rows = new java.util.ArrayList<>();
        for (ActivityKind kind : ActivityKind.values()) {
            if (totals.byKind().containsKey(kind)) {
                rows.add(Map.entry(getTranslation("learning.kind." + kind.name()), totals.byKind().get(kind)));
            }
        }
        for (Modality modality : Modality.values()) {
            if (totals.byModality().containsKey(modality)) {
                rows.add(Map.entry(getTranslation("learning.modality." + modality.name()),
                        totals.byModality().get(modality)));
            }
        }
        rows.add(Map.entry(getTranslation("learning.total"), totals.minutes()));
        grid.setItems(rows);
        Grids.cardsOnPhone(grid, getTranslation("learning.totals"), e -> new Card(e.getKey()).line(hours(e.getValue())));
        return grid;
    }

    private String progressText(AwardRules.Progress p) {
        return p.awarded() ? getTranslation("learning.progress.awarded") : p.text();
    }

    private String source(ActivityRow a) {
        return (a.source() == fr.pepites.learning.ActivitySource.HAND ? getTranslation("learning.source.HAND")
                : getTranslation("learning.source." + a.source().name()) + " " + a.sourceRef())
                + (a.reason() == null ? "" : " — " + a.reason());
    }

    /** Minutes as "3 h 20". */
    static String hours(int minutes) {
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : String.format(" %02d", minutes % 60));
    }
}
