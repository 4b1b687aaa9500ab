package fr.pepites.twinning.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.pepites.twinning.Participant;
import fr.pepites.twinning.TwinningDay;
import fr.pepites.twinning.TwinningDetails;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A twinning's facts: who asks, who hosts, themes, window, rhythm, the four days and the participants. */
class TwinningSummary extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    TwinningSummary(TwinningDetails d) {
        setPadding(false);
        FormLayout facts = new FormLayout();
        facts.setId("twinning-summary");
        facts.addFormItem(new Span(d.row().siaeName()), getTranslation("twinning.siae"));
        facts.addFormItem(new Span(d.row().tiersLieuName() == null ? getTranslation("twinning.noTiersLieu")
                : d.row().tiersLieuName()), getTranslation("twinning.tiersLieu"));
        if (d.hostAddress() != null) {
            facts.addFormItem(new Span(d.hostAddress()), getTranslation("twinning.address"));
        }
        if (d.machines() != null) {
            facts.addFormItem(new Span(d.machines()), getTranslation("twinning.machines"));
        }
        if (d.distanceKm() != null) {
            facts.addFormItem(new Span(d.distanceKm() + " km"), getTranslation("twinning.distance"));
        }
        facts.addFormItem(new Span(String.join(", ", d.themes())), getTranslation("twinning.themes"));
        facts.addFormItem(new Span(getTranslation("twinning.window.text", DATE.format(d.row().earliestStart()),
                DATE.format(d.row().latestEnd()))), getTranslation("twinning.window"));
        facts.addFormItem(new Span(getTranslation("twinning.rhythm." + d.row().rhythm().name())),
                getTranslation("twinning.rhythm"));
        if (!d.unavailableWeekdays().isEmpty()) {
            facts.addFormItem(new Span(weekdays(d.unavailableWeekdays().stream().sorted().toList())),
                    getTranslation("twinning.unavailable"));
        }
        facts.addFormItem(new Span(getTranslation("twinning.maxKm.text", d.maxDistanceKm())),
                getTranslation("twinning.maxKm"));
        if (d.note() != null) {
            facts.addFormItem(new Span(d.note()), getTranslation("twinning.note"));
        }
        if (d.cancelReason() != null) {
            facts.addFormItem(new Span(getTranslation("twinning.side." + d.cancelledBy().name()) + " : "
                    + d.cancelReason()), getTranslation("twinning.cancelReason"));
        }
        if (d.siaeScore() != null || d.hostScore() != null) {
            facts.addFormItem(new Span(score(d.siaeScore(), d.siaeComment())), getTranslation("twinning.score.siae"));
            facts.addFormItem(new Span(score(d.hostScore(), d.hostComment())), getTranslation("twinning.score.host"));
        }
        add(facts);
        if (!d.days().isEmpty()) {
            Div days = new Div();
            days.setId("twinning-days");
            for (int i = 0; i < d.days().size(); i++) {
                TwinningDay day = d.days().get(i);
                days.add(new Div(getTranslation("twinning.day", i + 1, DAY.format(day.getDate()))
                        + (day.isRecorded() ? " — " + getTranslation("twinning.day.recorded") : "")));
            }
            add(days);
        }
        Div people = new Div();
        people.setId("twinning-participants");
        if (!d.participantsNamed()) {
            people.add(new Div(getTranslation("twinning.participantsUnnamed", d.row().participants())));
        }
        for (Participant p : d.participants()) {
            String attendance = d.days().isEmpty() ? "" : " — " + (d.attendanceRecorded()
                    ? getTranslation("twinning.present", p.daysPresent()) : getTranslation("twinning.present.upcoming"));
            people.add(new Div(p.getName() + " (" + getTranslation(p.isEmployee() ? "twinning.employee"
                    : "twinning.staffMember") + ")" + attendance
                    + (p.isBadgeEarner() ? " — " + getTranslation("twinning.badgeEarner") : "")));
        }
        add(people);
    }

    private String score(Integer score, String comment) {
        return score == null ? getTranslation("twinning.score.none") : score + "/5" + (comment == null ? ""
                : " — " + comment);
    }

    static String weekdays(List<DayOfWeek> days) {
        return days.stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.FRENCH)).collect(Collectors.joining(", "));
    }
}
