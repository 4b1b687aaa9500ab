package fr.pepites.matching.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import fr.pepites.matching.MatchingFiles;
import fr.pepites.matching.MatchingRun;
import fr.pepites.matching.MatchingService;
import fr.pepites.matching.ProposalRow;
import fr.pepites.security.Role;
import fr.pepites.ui.Download;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Notifications;
import fr.pepites.ui.SearchField;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coordinators' matching workbench: start a solve over every referral waiting for a match, watch it improve
 * (server push), review each proposal with its explanation, accept, reject or pin some, re-solve the rest.
 */
@Route("mise-en-relation")
@PageTitle("Mise en relation · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class MatchingWorkbenchView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    /** Which proposals the grid shows. */
    enum Show {
        ALL, TO_REVIEW, ACCEPTED, REJECTED, NONE
    }

    private final MatchingService matching;
    private final Button start = new Button(getTranslation("matching.start"), VaadinIcon.PLAY.create());
    private final Button stop = new Button(getTranslation("matching.stop"), VaadinIcon.STOP.create());
    private final Button resolve = new Button(getTranslation("matching.resolve"), VaadinIcon.REFRESH.create());
    private final Span status = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<ProposalRow> grid = new Grid<>();
    private final SearchField search = new SearchField("", this::filter);
    private final Select<Show> show = new Select<>();
    private final Button accept = new Button(getTranslation("matching.accept"), VaadinIcon.CHECK.create());
    private final Button reject = new Button(getTranslation("matching.reject"), VaadinIcon.CLOSE.create());
    private final Button pin = new Button(getTranslation("matching.pin"), VaadinIcon.PIN.create());
    private final Button unpin = new Button(getTranslation("matching.unpin"));
    private final HorizontalLayout review;
    private final EmptyState empty;
    private ListDataProvider<ProposalRow> rows = new ListDataProvider<>(List.of());
    private Runnable unsubscribe;

    MatchingWorkbenchView(MatchingService matching) {
        this.matching = matching;
        setSizeFull();
        start.setId("matching-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> act(matching::start));
        stop.setId("matching-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> act(matching::stop));
        resolve.setId("matching-resolve");
        resolve.addClickListener(e -> act(matching::resolve));
        Anchor export = Download.of(getTranslation("matching.export"), "pepites-mise-en-relation-" + LocalDate.now()
                + ".json", "application/json", () -> {
                    StringWriter json = new StringWriter();
                    MatchingFiles.writeInstance(matching.exportInstance(), json);
                    return json.toString().getBytes(StandardCharsets.UTF_8);
                });
        export.setId("matching-export");
        HorizontalLayout actions = new HorizontalLayout(start, stop, resolve, export);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        status.setId("matching-status");
        progress.setIndeterminate(true);
        progress.setWidth("20em");

        search.setId("matching-search");
        search.setPlaceholder(getTranslation("matching.search"));
        show.setItems(Show.values());
        show.setValue(Show.ALL);
        show.setItemLabelGenerator(s -> getTranslation("matching.show." + s.name()));
        show.addValueChangeListener(e -> filter());
        accept.setId("matching-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> acceptSelected());
        reject.setId("matching-reject");
        reject.addClickListener(e -> onSelected(matching::reject));
        pin.addClickListener(e -> onSelected(ids -> matching.pin(ids, true)));
        unpin.addClickListener(e -> onSelected(ids -> matching.pin(ids, false)));
        review = new HorizontalLayout(search, show, accept, reject, pin, unpin);
        review.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        configureGrid();
        empty = new EmptyState(VaadinIcon.CONNECT, getTranslation("matching.empty.title"),
                getTranslation("matching.empty.text"));
        add(new H2(getTranslation("matching.title")), new Paragraph(getTranslation("matching.intro")), actions,
                new HorizontalLayout(status, progress), weights(), review, grid, empty);
        show(matching.current().orElse(null));
    }

    private void configureGrid() {
        grid.setId("matching-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProposalRow::person).setHeader(getTranslation("matching.person")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(r -> r.hasProposal() ? r.vacancyLabel() : getTranslation("matching.noProposal"))
                .setHeader(getTranslation("matching.job")).setSortable(true).setFlexGrow(3).setResizable(true)
                .setTooltipGenerator(ProposalRow::vacancyLabel);
        grid.addColumn(r -> r.hasProposal() ? r.siaeName() : "—").setHeader(getTranslation("matching.siae"))
                .setSortable(true).setFlexGrow(2).setResizable(true).setTooltipGenerator(ProposalRow::siaeName);
        grid.addColumn(r -> r.hasProposal() ? r.distanceKm() + " km" : "—")
                .setHeader(getTranslation("matching.distance")).setComparator(r -> r.hasProposal() ? r.distanceKm() : 0);
        grid.addColumn(r -> r.hasProposal() ? r.romeFit() : "—").setHeader(getTranslation("matching.romeFit"));
        grid.addColumn(r -> getTranslation("matching.days", r.waitingDays())).setHeader(getTranslation("matching.waiting"))
                .setComparator(ProposalRow::waitingDays);
        grid.addColumn(ProposalRow::impact).setHeader(getTranslation("matching.impact"))
                .setComparator(ProposalRow::impact);
        grid.addComponentColumn(this::decisionBadge).setHeader(getTranslation("matching.decision")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::explanation));
        grid.setDetailsVisibleOnClick(true);
        grid.addSelectionListener(e -> updateReviewButtons());
    }

    private Span decisionBadge(ProposalRow row) {
        String label = getTranslation("matching.decision." + row.decision().name())
                + (row.pinned() && row.decision() != ProposalRow.Decision.ACCEPTED ? " · " + getTranslation("matching.pinned") : "");
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
    private Div explanation(ProposalRow row) {
        Div details = new Div();
        details.addClassName("matching-explanation");
        for (ProposalRow.Reason reason : row.reasons()) {
            String impact = reason.hard() != 0 ? reason.hard() + " (dur)"
                    : reason.soft() == 0 ? "" : (reason.soft() > 0 ? "+" : "") + reason.soft();
            Paragraph line = new Paragraph(reason.constraint() + (impact.isEmpty() ? "" : " : " + impact) + " — "
                    + reason.detail());
            line.getStyle().set("margin", "0.1em 0");
            details.add(line);
        }
        if (row.hasProposal() && !row.acceptable() && row.decision() == ProposalRow.Decision.PROPOSED) {
            details.add(new Paragraph(getTranslation("matching.notAcceptable")));
        }
        return details;
    }

    private Details weights() {
        Grid<MatchingService.WeightSetting> table = new Grid<>();
        table.setAllRowsVisible(true);
        table.addColumn(MatchingService.WeightSetting::constraint).setHeader(getTranslation("matching.constraint"))
                .setAutoWidth(true);
        table.addColumn(w -> getTranslation(w.hard() ? "matching.hard" : "matching.soft"))
                .setHeader(getTranslation("matching.level"));
        table.addColumn(w -> w.hard() ? getTranslation("matching.forbidden") : w.points() + " " + w.unit())
                .setHeader(getTranslation("matching.weight"));
        table.setItems(matching.weights());
        Details details = new Details(getTranslation("matching.weights"), table);
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
        show(matching.current().orElse(null));
    }

    private Set<String> selectedIds() {
        return grid.getSelectedItems().stream().map(ProposalRow::id).collect(Collectors.toSet());
    }

    private void onSelected(java.util.function.Consumer<Set<String>> action) {
        Set<String> ids = selectedIds();
        act(() -> action.accept(ids));
        grid.deselectAll();
    }

    private void acceptSelected() {
        List<ProposalRow> chosen = grid.getSelectedItems().stream().filter(ProposalRow::acceptable).toList();
        if (chosen.isEmpty()) {
            Notifications.error(getTranslation("matching.accept.none"));
            return;
        }
        Set<String> ids = chosen.stream().map(ProposalRow::id).collect(Collectors.toSet());
        Confirm.ask(getTranslation("matching.accept.title"), getTranslation("matching.accept.text", ids.size()),
                getTranslation("matching.accept"), false, () -> {
                    MatchingService.Acceptance done = matching.accept(ids);
                    if (done.sent() == 0) {
                        throw InvalidInputException.of("", String.join("\n", done.refused()));
                    }
                    if (!done.refused().isEmpty()) {
                        Notifications.error(getTranslation("matching.accept.refused", done.refused().size()) + "\n"
                                + String.join("\n", done.refused()));
                    }
                }, () -> {
                    grid.deselectAll();
                    show(matching.current().orElse(null));
                });
    }

    // --- Showing the run --------------------------------------------------------------------------------------

    private void show(MatchingRun run) {
        boolean running = run != null && run.running();
        start.setEnabled(!running);
        stop.setEnabled(running);
        resolve.setEnabled(!running && run != null);
        progress.setVisible(running);
        status.setText(run == null ? getTranslation("matching.status.never") : getTranslation(
                "matching.status." + run.status().name(), run.startedBy(), TIME.format(run.startedAt()),
                run.score() == null ? "—" : run.score(), run.matched(), run.people(), run.seats(), run.improvements()));
        if (!running) {
            rows = new ListDataProvider<>(run == null ? List.of() : matching.proposals());
            grid.setDataProvider(rows);
            filter();
        }
        boolean none = rows.getItems().isEmpty();
        grid.setVisible(!none);
        review.setVisible(!none);
        empty.setVisible(none && !running);
        updateReviewButtons();
    }

    private void filter() {
        String text = SearchText.normalize(search.getValue() == null ? "" : search.getValue());
        Show what = show.getValue() == null ? Show.ALL : show.getValue();
        rows.setFilter(row -> matches(row, what) && (text.isEmpty()
                || SearchText.normalize(row.person() + " " + row.vacancyLabel() + " " + row.siaeName()).contains(text)));
    }

    private static boolean matches(ProposalRow row, Show what) {
        return switch (what) {
            case ALL -> true;
            case TO_REVIEW -> row.decision() == ProposalRow.Decision.PROPOSED;
            case ACCEPTED -> row.decision() == ProposalRow.Decision.ACCEPTED;
            case REJECTED -> row.decision() == ProposalRow.Decision.REJECTED;
            case NONE -> row.decision() == ProposalRow.Decision.NONE;
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
        unsubscribe = matching.subscribe(run -> ui.access(() ->
                new DelegatingSecurityContextRunnable(() -> show(run), login).run()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }
}
