package fr.pepites.workbench.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Card;
import fr.pepites.ui.Grids;
import fr.pepites.ui.Notifications;
import fr.pepites.ui.SearchField;
import fr.pepites.workbench.Acceptance;
import fr.pepites.workbench.ScoreWords;
import fr.pepites.workbench.SolveRun;
import fr.pepites.workbench.SolveWorkbench;
import fr.pepites.workbench.WeightSetting;
import fr.pepites.workbench.WorkbenchRow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A solve workbench's screen, whatever the problem (matching, twinnings): start a solve over everything waiting,
 * watch it improve (server push), review each proposal with its explanation, accept, reject or pin some, re-solve
 * the rest. A feature's route extends it with its service, its element ids' prefix, its labels' prefix and the
 * facts shown as columns; the labels shared by every workbench are "workbench.*".
 */
public class WorkbenchPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));

    /** A column of the grid: a fact of the rows, its header's label key, and how it sorts and takes room. */
    public record Column(String factKey, String headerKey, Kind kind) {

        public enum Kind {
            /** A text, sorted alphabetically, wrapping between its words (a commune, a job's fit). */
            TEXT,
            /** A short number ("6 km"), sorted by its value, as wide as the wider of it and its header. */
            NUMBER,
            /** A longer text sorted by a value of its own (four days, sorted by the first), wrapping. */
            TEXT_SORTED_BY_VALUE,
            /** A fact read when the row opens, at the head of its explanation: a column fewer on a laptop. */
            IN_DETAILS
        }
    }

    /** Which proposals the grid shows. */
    enum Show {
        ALL, TO_REVIEW, ACCEPTED, REJECTED, NONE
    }

    private final SolveWorkbench service;
    private final List<Column> columns;
    private final String labels;
    private final Button start = new Button(getTranslation("workbench.start"), VaadinIcon.PLAY.create());
    private final Button stop = new Button(getTranslation("workbench.stop"), VaadinIcon.STOP.create());
    private final Button resolve = new Button(getTranslation("workbench.resolve"), VaadinIcon.REFRESH.create());
    private final Span status = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<WorkbenchRow> grid = new Grid<>();
    private final SearchField search = new SearchField("", this::filter);
    private final Select<Show> show = new Select<>();
    private final Button accept;
    private final Button reject = new Button(getTranslation("workbench.reject"), VaadinIcon.CLOSE.create());
    private final Button pin = new Button(getTranslation("workbench.pin"), VaadinIcon.PIN.create());
    private final Button unpin = new Button(getTranslation("workbench.unpin"));
    private final HorizontalLayout bar = new HorizontalLayout();
    private final HorizontalLayout review;
    private final EmptyState empty;
    private ListDataProvider<WorkbenchRow> rows = new ListDataProvider<>(List.of());
    private Runnable unsubscribe;

    /**
     * @param ids prefix of the elements' ids, e.g. "matching" gives "matching-start", "matching-grid"
     * @param labels prefix of the feature's labels: title, intro, search, accept, subject, proposal, noProposal,
     *        empty.title, empty.text, status.RUNNING/FINISHED/STOPPED, accept.title, accept.text
     */
    protected WorkbenchPanel(SolveWorkbench service, String ids, String labels, List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.service = service;
        this.labels = labels;
        setSizeFull();
        start.setId(ids + "-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> act(service::start));
        stop.setId(ids + "-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> act(service::stop));
        resolve.setId(ids + "-resolve");
        resolve.addClickListener(e -> act(service::resolve));
        bar.add(start, stop, resolve);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        status.setId(ids + "-status");
        progress.setIndeterminate(true);
        progress.setWidth("20em");

        search.setId(ids + "-search");
        search.setPlaceholder(label("search"));
        show.setItems(Show.values());
        show.setValue(Show.ALL);
        show.setItemLabelGenerator(s -> getTranslation("workbench.show." + s.name()));
        show.addValueChangeListener(e -> filter());
        accept = new Button(label("accept"), VaadinIcon.CHECK.create());
        accept.setId(ids + "-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> acceptSelected());
        reject.setId(ids + "-reject");
        reject.addClickListener(e -> onSelected(service::reject));
        pin.addClickListener(e -> onSelected(selected -> service.pin(selected, true)));
        unpin.addClickListener(e -> onSelected(selected -> service.pin(selected, false)));
        review = new HorizontalLayout(search, show, accept, reject, pin, unpin);
        review.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.setId(ids + "-grid");
        // Below the settings and the review's bar, the grid keeps room for several rows: the page scrolls instead.
        grid.setMinHeight("24rem");
        configureGrid();
        empty = new EmptyState(VaadinIcon.CONNECT, label("empty.title"), label("empty.text"));
        add(new H2(label("title")), new Paragraph(label("intro")), bar, new HorizontalLayout(status, progress),
                weights(), review, grid, empty);
        show(service.current().orElse(null));
    }

    /** More actions beside start, stop and re-solve (an export). */
    protected void addActions(Component... actions) {
        bar.add(actions);
    }

    private String label(String key, Object... params) {
        return getTranslation(labels + "." + key, params);
    }

    private void configureGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(WorkbenchRow::subject).setHeader(label("subject")).setWidth("8em").setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(this::proposalText)
                .setHeader(label("proposal")).setSortable(true).setWidth("11em").setFlexGrow(3).setResizable(true)
                .setTooltipGenerator(this::proposalText);
        for (Column column : columns) {
            if (column.kind() == Column.Kind.IN_DETAILS) {
                continue;
            }
            Grid.Column<WorkbenchRow> c = grid.addColumn(r -> r.fact(column.factKey()))
                    .setHeader(getTranslation(column.headerKey())).setResizable(true);
            if (column.kind() == Column.Kind.NUMBER) {
                // A number and its header ("Distance", "Attente") whole: as wide as the wider of the two.
                Grids.asWideAsContent(c);
            } else {
                // A text wraps between its words: dates, a commune, a job on two lines rather than out of sight.
                c.setWidth("8em").setFlexGrow(2).setTooltipGenerator(r -> r.fact(column.factKey()));
            }
            if (column.kind() == Column.Kind.TEXT) {
                c.setSortable(true);
            } else {
                c.setComparator(r -> r.facts().containsKey(column.factKey())
                        ? r.facts().get(column.factKey()).sortKey() : Long.MIN_VALUE);
            }
        }
        grid.addColumn(r -> r.hasProposal() ? ScoreWords.impact(r.impact(), service.scoreKind()) : "")
                .setHeader(getTranslation("workbench.impact")).setWidth("7.5em").setFlexGrow(0)
                .setComparator(WorkbenchRow::impact);
        Grids.asWideAsContent(grid.addComponentColumn(this::decisionBadge).setHeader(getTranslation("workbench.decision")));
        // On a phone each row is a card beside its tick box: who, what is proposed, the facts, the decision.
        Grids.cardsOnPhone(grid, label("title"), row -> {
            Card card = new Card(row.subject()).line(proposalText(row));
            columns.stream().filter(c -> row.facts().containsKey(c.factKey()))
                    .forEach(c -> card.line(getTranslation(c.headerKey()) + " : " + row.fact(c.factKey())));
            return card.with(decisionBadge(row));
        });
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::explanation));
        grid.setDetailsVisibleOnClick(true);
        grid.addSelectionListener(e -> updateReviewButtons());
    }

    /** The proposal, or why there is none (the feature's first reason, which says which rule left the subject out). */
    private String proposalText(WorkbenchRow row) {
        if (row.hasProposal()) {
            return row.proposal();
        }
        return row.reasons().isEmpty() ? label("noProposal")
                : label("noProposal") + ". " + row.reasons().get(0).detail();
    }

    private Span decisionBadge(WorkbenchRow row) {
        String label = getTranslation("workbench.decision." + row.decision().name())
                + (row.pinned() && row.decision() != WorkbenchRow.Decision.ACCEPTED
                        ? " · " + getTranslation("workbench.pinned") : "");
        Span badge = new Span(label);
        badge.getElement().getThemeList().add(switch (row.decision()) {
            case ACCEPTED -> "badge success";
            case REJECTED -> "badge error";
            case NONE -> "badge contrast";
            case PROPOSED -> "badge";
        });
        return badge;
    }

    /** Why the proposal scores as it does: each constraint, with its impact. */
    private Div explanation(WorkbenchRow row) {
        Div details = new Div();
        details.addClassName("workbench-explanation");
        for (Column column : columns) {
            if (column.kind() == Column.Kind.IN_DETAILS && row.facts().containsKey(column.factKey())) {
                Paragraph fact = new Paragraph(getTranslation(column.headerKey()) + " : " + row.fact(column.factKey()));
                fact.getStyle().set("margin", "0.1em 0");
                details.add(fact);
            }
        }
        for (WorkbenchRow.Reason reason : row.reasons()) {
            String impact = reason.hard() != 0 ? ScoreWords.hard(reason.hard())
                    : reason.soft() == 0 ? "" : ScoreWords.impact(reason.soft(), service.scoreKind());
            Paragraph line = new Paragraph(reason.constraint() + (impact.isEmpty() ? "" : " : " + impact) + " — "
                    + reason.detail());
            line.getStyle().set("margin", "0.1em 0");
            details.add(line);
        }
        if (row.hasProposal() && !row.acceptable() && row.decision() == WorkbenchRow.Decision.PROPOSED) {
            details.add(new Paragraph(getTranslation("workbench.notAcceptable")));
        }
        return details;
    }

    private Details weights() {
        Grid<WeightSetting> table = new Grid<>();
        table.setAllRowsVisible(true);
        table.addColumn(WeightSetting::constraint).setHeader(getTranslation("workbench.constraint")).setAutoWidth(true);
        table.addColumn(w -> getTranslation(w.hard() ? "workbench.hard" : "workbench.soft"))
                .setHeader(getTranslation("workbench.level"));
        // An imperative rule is never broken by a proposal: how its breaches would be counted is no concern here.
        table.addColumn(w -> w.hard() ? getTranslation("workbench.forbidden")
                : ScoreWords.number(w.points()) + " " + w.unit()).setHeader(getTranslation("workbench.weight"));
        Grids.wrapping(table);
        table.setItems(service.weights());
        Details details = new Details(getTranslation("workbench.weights"), table);
        details.setWidthFull();
        return details;
    }

    // --- Actions --------------------------------------------------------------------------------------------

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException error) {
            Notifications.error(error.getMessage());
        }
        show(service.current().orElse(null));
    }

    private void onSelected(Consumer<Set<String>> action) {
        Set<String> ids = grid.getSelectedItems().stream().map(WorkbenchRow::id).collect(Collectors.toSet());
        act(() -> action.accept(ids));
        grid.deselectAll();
    }

    private void acceptSelected() {
        List<WorkbenchRow> chosen = grid.getSelectedItems().stream().filter(WorkbenchRow::acceptable).toList();
        if (chosen.isEmpty()) {
            Notifications.error(getTranslation("workbench.accept.none"));
            return;
        }
        Set<String> ids = chosen.stream().map(WorkbenchRow::id).collect(Collectors.toSet());
        Confirm.ask(label("accept.title"), label("accept.text", ids.size()), label("accept"), false, () -> {
            Acceptance done = service.accept(ids);
            if (done.sent() == 0) {
                throw InvalidInputException.of("", String.join("\n", done.refused()));
            }
            if (!done.refused().isEmpty()) {
                Notifications.error(getTranslation("workbench.accept.refused", done.refused().size()) + "\n"
                        + String.join("\n", done.refused()));
            } else {
                Notifications.success(getTranslation("workbench.accept.sent", done.sent()));
            }
        }, null, () -> {
            grid.deselectAll();
            show(service.current().orElse(null));
        });
    }

    // --- Showing the run --------------------------------------------------------------------------------------

    private void show(SolveRun run) {
        boolean running = run != null && run.running();
        start.setEnabled(!running);
        stop.setEnabled(running);
        resolve.setEnabled(!running && run != null);
        progress.setVisible(running);
        status.setText(statusLine(run, labels, this::getTranslation, service.timeLimit()));
        if (!running) {
            rows = new ListDataProvider<>(run == null ? List.of() : service.proposals());
            grid.setDataProvider(rows);
            filter();
            // The columns as wide as their content measure the new rows, not the empty grid of before.
            grid.recalculateColumnWidths();
        }
        boolean none = rows.getItems().isEmpty();
        grid.setVisible(!none);
        review.setVisible(!none);
        empty.setVisible(none && !running);
        updateReviewButtons();
    }

    /** Labels by key and parameters (a component's own, or the provider's in a test). */
    interface Translation {
        String of(String key, Object... params);
    }

    /** The run's status line; for an interrupted run, which proposals it left: its own, the previous run's, none. */
    static String statusLine(SolveRun run, String labels, Translation translation, java.time.Duration limit) {
        if (run == null) {
            return translation.of("workbench.status.never");
        }
        String by = run.startedBy();
        String at = TIME.format(run.startedAt());
        SolveRun.Kept kept = run.kept();
        return switch (run.status()) {
            case FAILED -> translation.of("workbench.status.FAILED", by, at);
            case INTERRUPTED -> kept.byThisRun()
                    ? translation.of("workbench.status.INTERRUPTED", by, at, kept.proposals(),
                            TIME.format(kept.savedAt()))
                    : kept.any()
                            ? translation.of("workbench.status.INTERRUPTED.previous", by, at,
                                    TIME.format(kept.savedAt()))
                            : translation.of("workbench.status.INTERRUPTED.none", by, at);
            default -> translation.of(labels + ".status." + run.status().name(), by, at,
                    run.score() == null ? "—" : run.score(), run.placed(), run.subjects(), run.resources(),
                    run.improvements(), HOUR.format(run.startedAt().plus(limit)));
        };
    }

    private void filter() {
        String text = SearchText.normalize(search.getValue() == null ? "" : search.getValue());
        Show what = show.getValue() == null ? Show.ALL : show.getValue();
        rows.setFilter(row -> matches(row, what) && (text.isEmpty() || SearchText.normalize(row.subject() + " "
                + (row.proposal() == null ? "" : row.proposal()) + " " + row.facts().values().stream()
                .map(WorkbenchRow.Fact::text).collect(Collectors.joining(" "))).contains(text)));
    }

    private static boolean matches(WorkbenchRow row, Show what) {
        return switch (what) {
            case ALL -> true;
            case TO_REVIEW -> row.decision() == WorkbenchRow.Decision.PROPOSED;
            case ACCEPTED -> row.decision() == WorkbenchRow.Decision.ACCEPTED;
            case REJECTED -> row.decision() == WorkbenchRow.Decision.REJECTED;
            case NONE -> row.decision() == WorkbenchRow.Decision.NONE;
        };
    }

    private void updateReviewButtons() {
        boolean any = !grid.getSelectedItems().isEmpty();
        accept.setEnabled(any);
        reject.setEnabled(any);
        pin.setEnabled(any);
        unpin.setEnabled(any);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // Runs on the solver's thread: with this coordinator's login, as the service checks it.
        SecurityContext login = SecurityContextHolder.getContext();
        unsubscribe = service.subscribe(run -> ui.access(() ->
                new DelegatingSecurityContextRunnable(() -> show(run), login).run()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }
}
