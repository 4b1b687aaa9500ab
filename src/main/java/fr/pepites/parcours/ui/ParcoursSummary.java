package fr.pepites.parcours.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import fr.pepites.parcours.ParcoursDetails;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** The facts of a parcours, read-only: shown on its page and on top of every task form about it. */
class ParcoursSummary extends FormLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    ParcoursSummary(ParcoursDetails d) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        item("parcours.person", d.row().personName());
        item("parcours.siae", d.row().siaeName());
        item("parcours.job", d.row().jobTitle());
        item("parcours.contract", getTranslation("parcours.contract." + d.row().contract().name()) + " · "
                + getTranslation("parcours.hours", d.weeklyHours()));
        item("parcours.dates", getTranslation("parcours.dates.value", DATE.format(d.row().startDate()),
                DATE.format(d.row().plannedEnd()))).setId("parcours-planned-end");
        item("parcours.pass", getTranslation("parcours.pass.value", d.passNumber(), DATE.format(d.passStart()),
                DATE.format(d.row().passEnd())) + (d.extensionReason() == null ? ""
                : " · " + getTranslation("parcours.extension." + d.extensionReason().name())));
        if (!d.suspensions().isEmpty()) {
            item("parcours.suspensions", d.suspensions().stream().map(s -> getTranslation("parcours.suspension.line",
                    DATE.format(s.getFromDate()), DATE.format(s.getToDate()),
                    getTranslation("parcours.suspension." + s.getReason().name()))).collect(Collectors.joining(" ; ")));
        }
        if (d.breakDate() != null) {
            item("parcours.break", DATE.format(d.breakDate()) + " · "
                    + getTranslation("parcours.break." + d.breakReason().name()));
        }
        if (d.reviewedAt() != null) {
            item("parcours.exitProject", d.exitProject() + (d.targetJobTitle() == null ? "" : " · " + d.targetJobTitle()));
        }
        if (!d.proposals().isEmpty()) {
            item("parcours.proposals", d.proposals().stream().map(ParcoursDetails.ProposalLine::label)
                    .collect(Collectors.joining(", ")));
        }
        if (d.handBackCep() != null) {
            String handBack = d.handBackCep() + " · " + getTranslation("parcours.handBack." + d.handBackStatus().name());
            if (d.meetingAt() != null) {
                handBack += " · " + getTranslation("parcours.meeting.value", DATE_TIME.format(d.meetingAt()),
                        d.meetingPlace());
            }
            if (d.handBackDeclineReason() != null) {
                handBack += " · " + d.handBackDeclineReason();
            }
            item("parcours.handBack", handBack).setId("parcours-hand-back");
        }
        if (!d.introductions().isEmpty()) {
            item("parcours.introductions", d.introductions().stream().map(i -> i.employer() + (i.outcome() == null
                    ? "" : " (" + getTranslation("parcours.introduction." + i.outcome().name()) + ")"))
                    .collect(Collectors.joining(", ")));
        }
        if (d.exitDate() != null) {
            item("parcours.exit", DATE.format(d.exitDate()) + " · "
                    + getTranslation("parcours.exitCategory." + d.exitReason().category().name()) + " · "
                    + getTranslation("parcours.exitReason." + d.exitReason().name())
                    + (Boolean.FALSE.equals(d.exitCounted()) ? " · " + getTranslation("parcours.exit.withdrawn") : ""))
                    .setId("parcours-exit");
        }
        if (d.followUpReason() != null) {
            item("parcours.followUp", getTranslation("parcours.exitReason." + d.followUpReason().name())
                    + (d.followUpNote() == null ? "" : " · " + d.followUpNote()));
        }
    }

    private Component item(String labelKey, String value) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        addFormItem(text, getTranslation(labelKey));
        return text;
    }
}
