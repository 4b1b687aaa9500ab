package fr.pepites.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.referral.ReferralDetails;
import fr.pepites.referral.ReferralStatus;
import fr.pepites.referral.ReferralService;
import fr.pepites.security.Role;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.FieldErrors;
import fr.pepites.workflow.ui.InboxView;
import fr.pepites.workflow.ui.Timeline;
import com.vaadin.flow.router.QueryParameters;
import jakarta.annotation.security.RolesAllowed;

/** One referral: its facts, its timeline (who did what, when), and the adviser's actions on it. */
@Route("orientations/detail")
@PageTitle("Orientation · PEPITES")
@RolesAllowed({Role.Names.CEP_ADVISER, Role.Names.SIAE_DIRECTOR, Role.Names.SIAE_STAFF, Role.Names.COORDINATOR,
        Role.Names.ADMIN})
public class ReferralDetailView extends VerticalLayout implements HasUrlParameter<Long> {

    private final ReferralService referrals;
    private long id;

    ReferralDetailView(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void setParameter(BeforeEvent event, Long referralId) {
        this.id = referralId;
        // Unknown, or another organisation's: the French not-found page with HTTP 404, as every view taking an id.
        show(referrals.details(id).orElseThrow(NotFoundException::new));
    }

    private void show() {
        removeAll();
        referrals.details(id).ifPresentOrElse(this::show, () -> add(new H2(getTranslation("referral.notFound")),
                new Paragraph(getTranslation("referral.notFound.text"))));
    }

    private void show(ReferralDetails d) {
        H2 title = new H2(d.row().reference() + " · " + d.row().personName());
        ReferralStatusBadge status = new ReferralStatusBadge(d.row().status());
        status.setId("referral-status");
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(header, new ReferralSummary(d));
        HorizontalLayout actions = new HorizontalLayout();
        if (d.taskForMe()) {
            Button task = new Button(getTranslation("referral.openTask"), e -> getUI().ifPresent(ui ->
                    ui.navigate(InboxView.class, QueryParameters.of(InboxView.FILE_PARAMETER, d.row().reference()))));
            task.setId("open-referral-task");
            task.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(task);
        }
        if (d.cancellable()) {
            actions.add(adviserActions(d));
        }
        if (d.row().status() == ReferralStatus.DRAFT) {
            // A draft is its adviser's alone: they take it up again in the form, to complete and send it.
            Button resume = new Button(getTranslation("referral.resumeDraft"), e -> getUI().ifPresent(ui ->
                    ui.navigate(ReferralFormView.class, QueryParameters.of(ReferralFormView.DRAFT_PARAMETER,
                            String.valueOf(d.row().id())))));
            resume.setId("resume-draft");
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(resume);
        }
        add(actions);
        Timeline timeline = new Timeline("referral-timeline", d.timeline());
        add(new H3(getTranslation("referral.timeline")), timeline);
    }

    private HorizontalLayout adviserActions(ReferralDetails d) {
        Button cancel = new Button(getTranslation("referral.cancel"), e -> askCancelReason(d));
        cancel.setId("cancel-referral");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button hired = new Button(getTranslation("referral.hiredElsewhere"), e -> Confirm.ask(
                getTranslation("referral.hiredElsewhere"), getTranslation("referral.hiredElsewhere.confirm"),
                getTranslation("referral.hiredElsewhere"), true, () -> referrals.markHiredElsewhere(id),
                getTranslation("referral.hiredElsewhere.done", d.row().reference()), this::show));
        return new HorizontalLayout(cancel, hired);
    }

    private void askCancelReason(ReferralDetails d) {
        TextArea reason = new TextArea(getTranslation("referral.cancel.reason"));
        reason.setWidthFull();
        reason.setMaxLength(ReferralService.MAX_REASON);
        ActionDialog.open(getTranslation("referral.cancel"), getTranslation("referral.cancel.text"),
                getTranslation("referral.cancel"), true, new FieldErrors().bind("reason", reason),
                () -> referrals.cancel(id, d.version(), reason.getValue()), getTranslation("referral.cancelled"),
                this::show, reason);
    }
}
