package fr.pepites.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.pepites.common.InvalidInputException;
import fr.pepites.ui.Card;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Grids;
import fr.pepites.ui.Notifications;
import fr.pepites.ui.SearchField;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.InboxFilter.InboxSort;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.WorkflowService;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.time.Instant;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.AccessDeniedException;

/** The shared task inbox: tasks held by the user or offered to their role and organisation. */
@Route("taches")
@PageTitle("Tâches · PEPITES")
@PermitAll
public class InboxView extends VerticalLayout implements BeforeEnterObserver {

    /** Query parameter naming a file (e.g. {@code ?dossier=ORI-12}): its task opens directly. */
    public static final String FILE_PARAMETER = "dossier";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private final WorkflowService workflow;
    private final TaskFormRegistry forms;
    private final Grid<InboxTask> grid = new Grid<>();
    private final SearchField search = new SearchField("", this::refresh);
    private final Checkbox onlyMine = new Checkbox();
    private final Select<InboxSort> sort = new Select<>();
    private final EmptyState empty;

    InboxView(WorkflowService workflow, TaskFormRegistry forms) {
        this.workflow = workflow;
        this.forms = forms;
        setSizeFull();

        search.setPlaceholder(getTranslation("inbox.search"));
        onlyMine.setLabel(getTranslation("inbox.onlyMine"));
        onlyMine.addValueChangeListener(e -> refresh());
        sort.setLabel(getTranslation("inbox.sort"));
        sort.setItems(InboxSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("inbox.sort." + s.name()));
        sort.setValue(InboxSort.DUE_DATE);
        sort.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, onlyMine, sort);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InboxTask::name).setHeader(getTranslation("inbox.column.task")).setFlexGrow(2);
        grid.addColumn(InboxTask::processName).setHeader(getTranslation("inbox.column.process"));
        grid.addColumn(InboxTask::businessKey).setHeader(getTranslation("inbox.column.file"));
        grid.addColumn(task -> format(task.created())).setHeader(getTranslation("inbox.column.created"));
        Grids.asWideAsContent(grid.addComponentColumn(this::dueBadge).setHeader(getTranslation("inbox.column.due")));
        grid.addColumn(this::status).setHeader(getTranslation("inbox.column.status"));
        Grids.asWideAsContent(grid.addComponentColumn(this::actions).setHeader(getTranslation("inbox.column.actions")));
        // On a phone each task is a card: what to do, for which file, by when, and its buttons.
        Grids.cardsOnPhone(grid, getTranslation("inbox.title"), task -> new Card(task.name())
                .line(task.businessKey() + " · " + task.processName())
                .with(dueBadge(task), new Span(status(task)))
                .with(actions(task)));

        empty = new EmptyState(VaadinIcon.INBOX, getTranslation("inbox.empty.title"),
                getTranslation("inbox.empty.text"));
        add(new H2(getTranslation("inbox.title")), toolbar, grid, empty);
        refresh();
    }

    private String file;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        file = event.getLocation().getQueryParameters().getSingleParameter(FILE_PARAMETER).orElse(null);
        refresh();
        if (file != null) {
            List<InboxTask> tasks = workflow.inbox(filter(), 0, 2);
            if (tasks.size() == 1) {
                open(tasks.get(0));
            }
        }
    }

    private InboxFilter filter() {
        return new InboxFilter(search.getValue(), onlyMine.getValue(), sort.getValue(), file);
    }

    private void refresh() {
        InboxFilter filter = filter();
        // Counted once per refresh: the grid's size and the empty state read the same number.
        long count = workflow.countInbox(filter);
        grid.setItems(query -> workflow.inbox(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) count);
        boolean none = count == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
        // Nothing that matches the search is not nothing to do: say which, and how to see everything again.
        String searched = search.getValue() == null ? "" : search.getValue().strip();
        if (searched.isEmpty()) {
            empty.show(getTranslation("inbox.empty.title"), getTranslation("inbox.empty.text"));
        } else {
            empty.show(getTranslation("inbox.empty.search.title", searched), getTranslation("inbox.empty.search.text"));
        }
    }

    private Component dueBadge(InboxTask task) {
        Span due = new Span(task.due() == null ? "—" : format(task.due()));
        if (task.isOverdue(Instant.now())) {
            due.getElement().getThemeList().add("badge error");
            due.setTitle(getTranslation("inbox.overdue"));
        }
        return due;
    }

    private String status(InboxTask task) {
        if (task.assignedToMe()) {
            return getTranslation("inbox.status.mine");
        }
        return task.assignee() == null ? getTranslation("inbox.status.offered") : getTranslation("inbox.status.taken");
    }

    private Component actions(InboxTask task) {
        HorizontalLayout actions = new HorizontalLayout();
        Button open = new Button(getTranslation("inbox.open"), e -> open(task));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(open);
        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), e -> act(() -> workflow.claim(task.id()),
                    "inbox.claimed"));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        } else if (task.assignedToMe()) {
            Button unclaim = new Button(getTranslation("inbox.unclaim"), e -> act(() -> workflow.unclaim(task.id()),
                    "inbox.unclaimed"));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(unclaim);
        }
        return actions;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(getTranslation(successKey));
        } catch (InvalidInputException | AccessDeniedException error) {
            Notifications.error(error.getMessage());
        }
        refresh();
    }

    private void open(InboxTask task) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title(task));
        dialog.setWidth("min(48rem, 95vw)");
        Component form = forms.find(task.taskDefinitionKey())
                .map(provider -> provider.createForm(task, message -> {
                    dialog.close();
                    Notifications.success(message);
                    file = null;
                    refresh();
                }))
                .orElseGet(() -> {
                    Paragraph missing = new Paragraph(getTranslation("inbox.noForm"));
                    missing.addClassNames(LumoUtility.TextColor.SECONDARY);
                    return missing;
                });
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    /** "ORI-9 · Étudier l'orientation": the file first, as the Dossier column and the messages name it. */
    static String title(InboxTask task) {
        return task.businessKey() == null ? task.name() : task.businessKey() + " · " + task.name();
    }

    private static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
