package fr.pepites.twinning.ui;

import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.pepites.security.Role;
import fr.pepites.twinning.TwinningDetails;
import fr.pepites.twinning.TwinningService;
import fr.pepites.twinning.TwinningStatus;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.Notifications;
import fr.pepites.workflow.ui.InboxView;
import fr.pepites.workflow.ui.Timeline;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * A twinning's page ("jumelages/detail/12"): its facts, the four days and the participants' attendance, the badge
 * earners once closed, its timeline; and what the acting user may do: edit and send a draft, open their task, move a
 * day (the tiers-lieu), cancel before the first day (either side).
 */
@Route("jumelages/detail")
@PageTitle("Jumelage · PEPITES")
@RolesAllowed({Role.Names.SIAE_DIRECTOR, Role.Names.SIAE_STAFF, Role.Names.TIERS_LIEU_MANAGER,
        Role.Names.COORDINATOR, Role.Names.ADMIN})
public class TwinningDetailView extends VerticalLayout implements HasUrlParameter<Long> {

    private final TwinningService twinnings;
    private long id;

    TwinningDetailView(TwinningService twinnings) {
        this.twinnings = twinnings;
    }

    @Override
    public void setParameter(BeforeEvent event, Long twinningId) {
        this.id = twinningId;
        // Unknown, or another organisation's: the French not-found page with HTTP 404, as every view taking an id.
        show(twinnings.details(id).orElseThrow(NotFoundException::new));
    }

    private void show() {
        removeAll();
        twinnings.details(id).ifPresentOrElse(this::show, () -> add(new H2(getTranslation("twinning.notFound")),
                new Paragraph(getTranslation("twinning.notFound.text"))));
    }

    private void show(TwinningDetails d) {
        TwinningStatusBadge status = new TwinningStatusBadge(d.row().status());
        status.setId("twinning-status");
        HorizontalLayout header = new HorizontalLayout(new H2(d.row().businessKey()), status);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(header, new TwinningSummary(d));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (d.hasOpenTask()) {
            Button task = new Button(getTranslation("twinning.openTask"), e -> getUI().ifPresent(ui -> ui.navigate(
                    InboxView.class, QueryParameters.of(InboxView.FILE_PARAMETER, d.row().businessKey()))));
            task.setId("open-twinning-task");
            task.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(task);
        }
        if (d.editable()) {
            Button edit = new Button(getTranslation("twinning.action.edit"), e -> getUI().ifPresent(ui ->
                    ui.navigate(TwinningFormView.class, id)));
            edit.setId("twinning-edit");
            Button submit = new Button(getTranslation("twinning.action.submit"), e -> Confirm.ask(
                    getTranslation("twinning.action.submit"), getTranslation("twinning.submit.text"),
                    getTranslation("twinning.action.submit"), false, () -> twinnings.submit(id, d.version()),
                    getTranslation("twinning.form.submitted"), this::show));
            submit.setId("twinning-send");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit, submit);
        }
        if (d.hostSide() && (d.row().status() == TwinningStatus.AWAITING_CONFIRMATION
                || d.row().status() == TwinningStatus.SCHEDULED)) {
            Button move = new Button(getTranslation("twinning.action.move") + "…", e -> moveDay(d));
            move.setId("twinning-move-day");
            actions.add(move);
        }
        if (d.cancellable()) {
            Button cancel = new Button(getTranslation("twinning.action.cancel") + "…", e -> cancel(d));
            cancel.setId("twinning-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        add(actions);
        if (!d.badgeEarners().isEmpty()) {
            add(new H3(getTranslation("twinning.badgeEarners")));
            Paragraph earners = new Paragraph(String.join(", ", d.badgeEarners().stream().map(p -> p.getName())
                    .toList()));
            earners.setId("twinning-badge-earners");
            add(earners);
        }
        add(new H3(getTranslation("twinning.timeline")), new Timeline("twinning-timeline", d.timeline()));
    }

    private void cancel(TwinningDetails d) {
        TextArea reason = new TextArea(getTranslation("twinning.cancel.reason"));
        reason.setId("twinning-cancel-reason");
        reason.setWidthFull();
        ActionDialog.open(getTranslation("twinning.action.cancel"), getTranslation("twinning.cancel.text"),
                getTranslation("twinning.action.cancel"), true, new FieldErrors().bind("reason", reason),
                () -> twinnings.cancel(id, d.version(), reason.getValue()), getTranslation("twinning.cancelled"),
                this::show, reason);
    }

    private void moveDay(TwinningDetails d) {
        Select<Integer> day = new Select<>();
        day.setLabel(getTranslation("twinning.move.day"));
        day.setItems(IntStream.range(0, d.days().size()).boxed().toList());
        day.setItemLabelGenerator(i -> getTranslation("twinning.day", i + 1,
                TwinningSummary.DAY.format(d.days().get(i).getDate())));
        DatePicker date = DateFields.date(getTranslation("twinning.move.date"));
        date.setMin(LocalDate.now().plusDays(1));
        date.setMax(d.row().latestEnd());
        ActionDialog.open(getTranslation("twinning.action.move"), getTranslation("twinning.move.text"),
                getTranslation("twinning.action.move"), false, new FieldErrors().bind("day", day).bind("date", date),
                () -> twinnings.moveDay(id, d.version(), day.getValue() == null ? -1 : day.getValue(),
                        date.getValue()), getTranslation("twinning.moved"), this::show, day, date);
    }
}
