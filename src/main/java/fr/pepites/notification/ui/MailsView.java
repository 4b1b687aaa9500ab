package fr.pepites.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridNoneSelectionModel;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.pepites.notification.MailFilter;
import fr.pepites.notification.MailRow;
import fr.pepites.notification.MailStatus;
import fr.pepites.notification.NotificationService;
import fr.pepites.security.Role;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.Grids;
import fr.pepites.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The platform's e-mails, for administrators: failed ones (incidents) to send again, those waiting, those sent.
 */
@Route("courriels")
@PageTitle("E-mails · PEPITES")
@RolesAllowed(Role.Names.ADMIN)
public class MailsView extends VerticalLayout {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private final NotificationService notifications;
    private final Select<MailStatus> status = new Select<>();
    private final TextField file = new TextField();
    private final Grid<MailRow> grid = new Grid<>();
    private final Button retry;
    private final EmptyState empty;
    private final Grid.Column<MailRow> at;
    private final List<Grid.Column<MailRow>> untilSent;

    MailsView(NotificationService notifications) {
        this.notifications = notifications;
        setSizeFull();
        status.setId("mail-status");
        status.setLabel(getTranslation("mails.status"));
        status.setItems(MailStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("mails.status." + s.name()));
        status.setValue(MailStatus.FAILED);
        status.addValueChangeListener(e -> refresh());
        file.setId("mail-file");
        file.setLabel(getTranslation("mails.about"));
        file.setPlaceholder(getTranslation("mails.file.placeholder"));
        file.setPrefixComponent(VaadinIcon.SEARCH.create());
        file.setClearButtonVisible(true);
        file.setValueChangeMode(ValueChangeMode.LAZY);
        file.addValueChangeListener(e -> refresh());
        retry = new Button(getTranslation("mails.retry"), VaadinIcon.REFRESH.create(), e -> retrySelected());
        retry.setId("mail-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(status, file, retry);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("mail-grid");
        // The step's name and the refusal's reason wrap rather than being cut ("Serveur de …").
        Grids.wrapping(grid);
        at = grid.addColumn(m -> format(m.at())).setAutoWidth(true);
        grid.addColumn(MailRow::about).setHeader(getTranslation("mails.about")).setAutoWidth(true);
        grid.addColumn(MailRow::step).setHeader(getTranslation("mails.step"));
        // What only an e-mail that has not left has.
        untilSent = List.of(
                grid.addColumn(MailRow::triesLeft).setHeader(getTranslation("mails.triesLeft")).setAutoWidth(true),
                grid.addColumn(m -> format(m.nextAttemptAt())).setHeader(getTranslation("mails.when"))
                        .setAutoWidth(true),
                grid.addColumn(m -> m.lastError() == null ? ""
                        : getTranslation("mails.refusal." + m.lastError())).setHeader(getTranslation("mails.lastError")));
        // A click on a failed e-mail's row selects it or lets it go, as its check box does.
        grid.addItemClickListener(e -> {
            if (grid.getSelectionModel() instanceof GridNoneSelectionModel) {
                return;
            }
            if (grid.getSelectedItems().contains(e.getItem())) {
                grid.deselect(e.getItem());
            } else {
                grid.select(e.getItem());
            }
        });

        Paragraph help = new Paragraph(getTranslation("mails.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY);
        empty = new EmptyState(VaadinIcon.ENVELOPE_O, getTranslation("mails.empty.title"), "");
        add(new H2(getTranslation("mails.title")), help, toolbar, grid, empty);
        refresh();
    }

    private void retrySelected() {
        Set<MailRow> selected = grid.getSelectedItems();
        int count = notifications.retry(selected.stream().map(MailRow::id).toList());
        Notifications.success(getTranslation("mails.retried", count));
        refresh();
    }

    private void refresh() {
        MailFilter filter = new MailFilter(status.getValue(), file.getValue());
        MailStatus shown = filter.status();
        // Only failed e-mails can be sent again: only they have check boxes (a new selection model, a new listener).
        grid.setSelectionMode(shown == MailStatus.FAILED ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        if (shown == MailStatus.FAILED) {
            grid.addSelectionListener(e -> retry.setEnabled(!e.getAllSelectedItems().isEmpty()));
        }
        grid.setItems(query -> notifications.mails(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) notifications.count(filter));
        retry.setVisible(shown == MailStatus.FAILED);
        retry.setEnabled(false);
        at.setHeader(getTranslation(shown == MailStatus.SENT ? "mails.sentAt" : "mails.createdAt"));
        untilSent.forEach(column -> column.setVisible(shown != MailStatus.SENT));
        boolean none = notifications.mails(filter, 0, 1).isEmpty();
        grid.setVisible(!none);
        empty.setVisible(none);
        empty.setNextStep(filter.file() == null ? getTranslation("mails.empty." + shown.name())
                : getTranslation("mails.empty.file", filter.file(), getTranslation("mails.status." + shown.name())));
    }

    private static String format(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }
}
