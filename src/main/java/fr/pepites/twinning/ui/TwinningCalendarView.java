package fr.pepites.twinning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import fr.pepites.security.Role;
import fr.pepites.twinning.Offer;
import fr.pepites.twinning.TwinningOffers;
import fr.pepites.twinning.TwinningOffers.CalendarDay;
import fr.pepites.twinning.TwinningStatus;
import fr.pepites.ui.EmptyState;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A tiers-lieu's month of twinning days ("jumelages/calendrier"), drawn with Vaadin's own layouts: a week per row,
 * each day with the twinnings it hosts (SIAE, day number, participants), each linked to its page.
 */
@Route("jumelages/calendrier")
@PageTitle("Calendrier des jumelages · PEPITES")
@RolesAllowed(Role.Names.TIERS_LIEU_MANAGER)
public class TwinningCalendarView extends VerticalLayout {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private final TwinningOffers offers;
    private final Span title = new Span();
    private final Div month = new Div();
    private final EmptyState empty;
    private LocalDate shown = LocalDate.now().withDayOfMonth(1);

    TwinningCalendarView(TwinningOffers offers) {
        this.offers = offers;
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
        previous.setId("calendar-previous");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
        next.setId("calendar-next");
        previous.setAriaLabel(getTranslation("twinning.calendar.previous"));
        next.setAriaLabel(getTranslation("twinning.calendar.next"));
        title.setId("calendar-month");
        title.getStyle().set("font-weight", "600").set("min-width", "12em").set("text-align", "center");
        HorizontalLayout bar = new HorizontalLayout(previous, title, next);
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        month.setId("twinning-calendar");
        month.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, minmax(7em, 1fr))")
                .set("gap", "2px").set("width", "100%");
        empty = new EmptyState(VaadinIcon.CALENDAR, getTranslation("twinning.calendar.empty.title"),
                getTranslation("twinning.calendar.empty.text"));
        add(new H2(getTranslation("twinning.calendar.title")), bar, month, empty);
        draw();
    }

    private static boolean closed(Optional<Offer> offer, LocalDate day) {
        return offer.map(o -> !o.getOpenWeekdays().contains(day.getDayOfWeek())
                || o.getClosures().stream().anyMatch(c -> c.contains(day))).orElse(false);
    }

    private void move(int months) {
        shown = shown.plusMonths(months);
        draw();
    }

    private void draw() {
        title.setText(MONTH.format(shown));
        month.removeAll();
        for (DayOfWeek d : DayOfWeek.values()) {
            Div head = new Div(d.getDisplayName(TextStyle.SHORT, Locale.FRENCH));
            head.getStyle().set("font-weight", "600").set("padding", "0.2em");
            month.add(head);
        }
        Optional<Offer> offer = offers.myOffer();
        List<CalendarDay> days = offers.calendar(shown);
        Map<LocalDate, List<CalendarDay>> byDate = days.stream().collect(Collectors.groupingBy(CalendarDay::date));
        LocalDate first = shown.with(DayOfWeek.MONDAY);
        LocalDate last = shown.plusMonths(1).minusDays(1).with(DayOfWeek.SUNDAY);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Div cell = new Div();
            cell.getStyle().set("min-height", "5em").set("padding", "0.2em")
                    .set("border", "1px solid var(--lumo-contrast-10pct)");
            if (d.getMonth() != shown.getMonth()) {
                // Days of the months around, told apart without fading their text below a readable contrast.
                cell.getStyle().set("color", "var(--lumo-secondary-text-color)")
                        .set("background", "var(--lumo-contrast-5pct)");
            }
            cell.add(new Div(String.valueOf(d.getDayOfMonth())));
            if (closed(offer, d)) {
                // A day the tiers-lieu does not open (a weekday it is closed, a closure period) reads as such.
                cell.addClassName("calendar-closed");
                cell.getStyle().set("background", "var(--lumo-contrast-10pct)");
                Span closedText = new Span(getTranslation("twinning.calendar.closed"));
                closedText.getStyle().set("font-size", "var(--lumo-font-size-xs)");
                cell.add(closedText);
            }
            for (CalendarDay day : byDate.getOrDefault(d, List.of())) {
                boolean confirmed = TwinningStatus.CONFIRMED.contains(day.status());
                String text = getTranslation("twinning.calendar.entry", day.siaeName(), day.dayNumber(),
                        day.participants());
                Anchor link = new Anchor(RouteConfiguration.forSessionScope().getUrl(TwinningDetailView.class,
                        day.twinningId()), confirmed ? text
                        : text + " · " + getTranslation("twinning.calendar.pending." + day.status().name()));
                // A twinning not confirmed yet holds its seats but may not happen: drawn apart from a confirmed one.
                link.getElement().getThemeList().add(confirmed ? "badge success" : "badge contrast");
                link.addClassName(confirmed ? "calendar-confirmed" : "calendar-pending");
                if (!confirmed) {
                    link.getStyle().set("border", "1px dashed currentColor");
                }
                link.getStyle().set("display", "block").set("margin-top", "0.2em").set("white-space", "normal");
                cell.add(link);
            }
            month.add(cell);
        }
        empty.setVisible(days.isEmpty());
    }
}
