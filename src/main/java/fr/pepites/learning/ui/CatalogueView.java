package fr.pepites.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.learning.ActivityKind;
import fr.pepites.learning.LearningOffers;
import fr.pepites.learning.RegistrationStatus;
import fr.pepites.learning.SessionRegistrations;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.Notifications;
import fr.pepites.ui.SearchField;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * The catalogue ("formation/catalogue"): the offers with their coming sessions, searched by words and kind, ten at a
 * time; one registers to a session, joins its waiting list when it is full, and a director registers their team.
 */
@Route("formation/catalogue")
@PageTitle("Catalogue des formations · PEPITES")
@PermitAll
public class CatalogueView extends VerticalLayout {

    private static final int PAGE = 10;

    private final LearningOffers offers;
    private final SessionRegistrations registrations;
    private final SearchField words;
    private final ComboBox<ActivityKind> kind = new ComboBox<>();
    private final Div list = new Div();
    private final Button more = new Button();
    private final EmptyState empty;
    private int shown = PAGE;

    CatalogueView(LearningOffers offers, SessionRegistrations registrations) {
        this.offers = offers;
        this.registrations = registrations;
        words = new SearchField(getTranslation("learning.catalogue.search"), this::reset);
        words.setId("catalogue-search");
        words.setLabel(getTranslation("learning.catalogue.search"));
        kind.setLabel(getTranslation("learning.kind"));
        kind.setId("catalogue-kind");
        kind.setItems(List.of(ActivityKind.TRAINING_DAY, ActivityKind.WORKSHOP, ActivityKind.WEB_CONFERENCE,
                ActivityKind.PEER_EXCHANGE));
        kind.setItemLabelGenerator(k -> getTranslation("learning.kind." + k.name()));
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> reset());
        more.setText(getTranslation("learning.catalogue.more"));
        more.addClickListener(e -> {
            shown += PAGE;
            refresh();
        });
        empty = new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("learning.catalogue.empty"),
                getTranslation("learning.catalogue.empty.next"));
        list.setId("catalogue");
        list.setWidthFull();
        HorizontalLayout filters = new HorizontalLayout(words, kind);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("learning.catalogue.title")),
                new Paragraph(getTranslation("learning.catalogue.intro")), filters, empty, list, more);
        refresh();
    }

    private void reset() {
        shown = PAGE;
        refresh();
    }

    private void refresh() {
        list.removeAll();
        LearningOffers.CataloguePage page = offers.catalogue(words.getValue(), kind.getValue(), 0, shown);
        Map<Long, String> team = registrations.teamMembers();
        page.offers().forEach(o -> list.add(card(o, team)));
        empty.setVisible(page.offers().isEmpty());
        more.setVisible(page.offers().size() < page.total());
    }

    private Div card(LearningOffers.OfferRow o, Map<Long, String> team) {
        Div card = new Div();
        card.addClassNames("learning-offer", "learning-card");
        card.add(new H3(o.title()));
        card.add(new Paragraph(getTranslation("learning.kind." + o.kind().name()) + " · " + o.organiser() + " · "
                + RecordPanel.hours(o.minutes())));
        if (!o.audience().isEmpty()) {
            card.add(new Paragraph(getTranslation("learning.offer.for", String.join(", ", o.audience().stream()
                    .map(a -> getTranslation("learning.audience." + a.name())).toList()))));
        }
        if (o.description() != null) {
            card.add(new Paragraph(o.description()));
        }
        if (o.badge() != null) {
            card.add(new Paragraph(getTranslation("learning.offer.badge", o.badge())));
        }
        if (o.surveyAverage() != null) {
            card.add(new Paragraph(getTranslation("learning.offer.survey", String.format("%.1f", o.surveyAverage()),
                    o.surveyAnswers())));
        }
        if (o.sessions().isEmpty()) {
            card.add(new Paragraph(getTranslation("learning.catalogue.noSession")));
        }
        for (LearningOffers.SessionRow s : o.sessions()) {
            HorizontalLayout line = new HorizontalLayout();
            line.setWrap(true);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            line.add(new Span(SessionsText.when(s.startsAt(), s.endsAt())
                    + (s.place() == null ? "" : " — " + s.place()) + " — " + SessionsText.seats(s)));
            if (s.mine() != null) {
                line.add(new Span(getTranslation("learning.registrationStatus." + s.mine().name())));
            } else if (s.registrationOpen()) {
                Button register = new Button(getTranslation(s.full() ? "learning.register.waiting"
                        : "learning.register"), e -> register(s, null));
                register.setId("register-" + s.id());
                register.getElement().setAttribute("aria-label", register.getText() + " : " + o.title() + ", "
                        + SessionsText.when(s.startsAt(), s.endsAt()));
                register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                line.add(register);
            } else {
                line.add(new Span(getTranslation("learning.register.closed")));
            }
            if (!team.isEmpty() && s.registrationOpen()) {
                Button forTeam = new Button(getTranslation("learning.register.team"),
                        e -> registerTeamMember(o, s, team));
                forTeam.setId("register-team-" + s.id());
                forTeam.getElement().setAttribute("aria-label", forTeam.getText() + " : " + o.title() + ", "
                        + SessionsText.when(s.startsAt(), s.endsAt()));
                line.add(forTeam);
            }
            card.add(line);
        }
        return card;
    }

    private void register(LearningOffers.SessionRow s, Long accountId) {
        FieldErrors errors = new FieldErrors();
        if (s.full()) {
            Confirm.ask(getTranslation("learning.register.waiting.title"), getTranslation("learning.register.waiting.text"),
                    getTranslation("learning.register.waiting"), false,
                    () -> registrations.register(s.id(), accountId, true),
                    getTranslation("learning.register.waiting.done"), this::refresh);
        } else if (errors.run(() -> registrations.register(s.id(), accountId, false))) {
            Notifications.success(getTranslation("learning.register.done"));
            refresh();
        }
    }

    private void registerTeamMember(LearningOffers.OfferRow o, LearningOffers.SessionRow s, Map<Long, String> team) {
        ComboBox<Long> who = new ComboBox<>(getTranslation("learning.learner"));
        who.setId("register-team-member");
        who.setItems(team.keySet());
        who.setItemLabelGenerator(team::get);
        FieldErrors errors = new FieldErrors().bind("account", who);
        ActionDialog.open(getTranslation("learning.register.team"), o.title() + " — "
                + SessionsText.when(s.startsAt(), s.endsAt()), getTranslation("learning.register.member"), false,
                errors, () -> registrations.registerTeamMember(s.id(), who.getValue(), s.full()),
                getTranslation(s.full() ? "learning.register.waiting.done" : "learning.register.done"), this::refresh,
                who);
    }
}
