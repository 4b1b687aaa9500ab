package fr.pepites.parcours.ui;

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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.pepites.parcours.BreakReason;
import fr.pepites.parcours.ExtensionReason;
import fr.pepites.parcours.ParcoursDetails;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.parcours.SuspensionReason;
import fr.pepites.security.Role;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.FieldErrors;
import fr.pepites.workflow.ui.InboxView;
import fr.pepites.workflow.ui.Timeline;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One parcours: its facts, its timeline, and while the contract runs, the SIAE's actions on its dates (renewal, PASS
 * extension, suspension) and the early break.
 */
@Route("parcours/detail")
@PageTitle("Parcours · PEPITES")
@RolesAllowed({Role.Names.SIAE_DIRECTOR, Role.Names.SIAE_STAFF, Role.Names.COORDINATOR, Role.Names.ADMIN,
        Role.Names.CEP_ADVISER})
public class ParcoursDetailView extends VerticalLayout implements HasUrlParameter<Long> {

    private final ParcoursService parcours;
    private long id;

    ParcoursDetailView(ParcoursService parcours) {
        this.parcours = parcours;
    }

    @Override
    public void setParameter(BeforeEvent event, Long parcoursId) {
        this.id = parcoursId;
        // Unknown, or another organisation's: the French not-found page with HTTP 404, as every view taking an id.
        show(parcours.details(id).orElseThrow(NotFoundException::new));
    }

    private void show() {
        removeAll();
        parcours.details(id).ifPresentOrElse(this::show, () -> add(new H2(getTranslation("parcours.notFound")),
                new Paragraph(getTranslation("parcours.notFound.text"))));
    }

    private void show(ParcoursDetails d) {
        H2 title = new H2(d.row().reference() + " · " + d.row().personName());
        ParcoursStatusBadge status = new ParcoursStatusBadge(d.row());
        status.setId("parcours-status");
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(header, new ParcoursSummary(d));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (d.taskForMe()) {
            Button task = new Button(getTranslation("parcours.openTask"), e -> getUI().ifPresent(ui ->
                    ui.navigate(InboxView.class, QueryParameters.of(InboxView.FILE_PARAMETER, d.row().reference()))));
            task.setId("open-parcours-task");
            task.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(task);
        }
        if (d.datesEditable()) {
            actions.add(button("renew", () -> renew(d)), button("extend", () -> extend(d)),
                    button("suspend", () -> suspend(d)), button("break", () -> breakOff(d)));
        }
        add(actions, new H3(getTranslation("parcours.timeline")), new Timeline("parcours-timeline", d.timeline()));
    }

    private Button button(String action, Runnable open) {
        Button button = new Button(getTranslation("parcours.action." + action) + "…", e -> open.run());
        button.setId("parcours-action-" + action);
        if (action.equals("break")) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void renew(ParcoursDetails d) {
        DatePicker newEnd = date("parcours.renew.newEnd", "parcours-new-end-field");
        newEnd.setMin(d.row().plannedEnd().plusDays(1));
        newEnd.setMax(d.row().passEnd());
        ActionDialog.open(getTranslation("parcours.action.renew"), getTranslation("parcours.renew.text",
                ParcoursSummary.DATE.format(d.row().passEnd())), getTranslation("parcours.action.renew"), false,
                new FieldErrors().bind("newEnd", newEnd), () -> parcours.renew(id, d.version(), newEnd.getValue()),
                getTranslation("parcours.renewed"), this::show, newEnd);
    }

    private void extend(ParcoursDetails d) {
        Select<ExtensionReason> reason = EnumSelect.of("parcours.extend.reason", List.of(ExtensionReason.values()),
                "parcours.extension.");
        DatePicker newEnd = date("parcours.extend.newEnd", "parcours-extension-end-field");
        newEnd.setMin(d.row().passEnd().plusDays(1));
        newEnd.setMax(d.latestPassEnd());
        ActionDialog.open(getTranslation("parcours.action.extend"), getTranslation("parcours.extend.text",
                ParcoursSummary.DATE.format(d.latestPassEnd())), getTranslation("parcours.action.extend"), false,
                new FieldErrors().bind("extensionReason", reason).bind("extensionEnd", newEnd),
                () -> parcours.extendPass(id, d.version(), reason.getValue(), newEnd.getValue()),
                getTranslation("parcours.extended"), this::show, reason, newEnd);
    }

    private void suspend(ParcoursDetails d) {
        DatePicker from = date("parcours.suspend.from", "parcours-suspension-from-field");
        DatePicker to = date("parcours.suspend.to", "parcours-suspension-to-field");
        Select<SuspensionReason> reason = EnumSelect.of("parcours.suspend.reason", List.of(SuspensionReason.values()),
                "parcours.suspension.");
        ActionDialog.open(getTranslation("parcours.action.suspend"), getTranslation("parcours.suspend.text"),
                getTranslation("parcours.action.suspend"), false, new FieldErrors().bind("suspensionFrom", from)
                        .bind("suspensionTo", to).bind("suspensionReason", reason),
                () -> parcours.suspend(id, d.version(), from.getValue(), to.getValue(), reason.getValue()),
                getTranslation("parcours.suspended"), this::show, from, to, reason);
    }

    private void breakOff(ParcoursDetails d) {
        DatePicker date = date("parcours.break.date", "parcours-break-date-field");
        Select<BreakReason> reason = EnumSelect.of("parcours.break.reason", List.of(BreakReason.values()), "parcours.break.");
        ActionDialog.open(getTranslation("parcours.action.break"), getTranslation("parcours.break.text"),
                getTranslation("parcours.action.break"), true, new FieldErrors().bind("breakDate", date)
                        .bind("breakReason", reason),
                () -> parcours.breakOff(id, d.version(), date.getValue(), reason.getValue()),
                getTranslation("parcours.brokenOff"), this::show, date, reason);
    }

    private DatePicker date(String labelKey, String fieldId) {
        DatePicker date = DateFields.date(getTranslation(labelKey));
        date.setId(fieldId);
        return date;
    }
}
