package fr.pepites.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.learning.ActivityKind;
import fr.pepites.learning.Audience;
import fr.pepites.learning.LearningOffers;
import fr.pepites.learning.RegistrationStatus;
import fr.pepites.learning.SessionData;
import fr.pepites.learning.SessionRegistrations;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.reference.ui.CommunePicker;
import fr.pepites.security.Role;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.Card;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.DateFields;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.Grids;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The organiser's page ("formation/offres"): their offers (all for coordinators), each offer's sessions planned,
 * moved or cancelled, and each session's registrants, waiting list, attendance and survey answers.
 */
@Route("formation/offres")
@PageTitle("Offres et sessions · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.SIAE_DIRECTOR})
public class OffersView extends VerticalLayout {

    private static final List<ActivityKind> KINDS = List.of(ActivityKind.TRAINING_DAY, ActivityKind.WORKSHOP,
            ActivityKind.WEB_CONFERENCE, ActivityKind.PEER_EXCHANGE);

    private final LearningOffers offers;
    private final SessionRegistrations registrations;
    private final ReferenceDataService reference;
    private final Div list = new Div();
    private final EmptyState empty;

    OffersView(LearningOffers offers, SessionRegistrations registrations, ReferenceDataService reference) {
        this.offers = offers;
        this.registrations = registrations;
        this.reference = reference;
        Button create = new Button(getTranslation("learning.offer.new"), VaadinIcon.PLUS.create(),
                e -> editOffer(null));
        create.setId("offer-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty = new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("learning.offers.empty"),
                getTranslation("learning.offers.empty.next"));
        list.setWidthFull();
        add(new H2(getTranslation("learning.offers.title")), new Paragraph(getTranslation("learning.offers.intro")),
                create, empty, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<LearningOffers.OfferRow> mine = offers.managedOffers();
        mine.forEach(o -> list.add(card(o)));
        empty.setVisible(mine.isEmpty());
    }

    private Div card(LearningOffers.OfferRow o) {
        Div card = new Div();
        card.addClassName("learning-card");
        card.add(new H3(o.title()), new Paragraph(getTranslation("learning.kind." + o.kind().name()) + " · "
                + o.organiser() + " · " + RecordPanel.hours(o.minutes())));
        if (o.surveyAverage() != null) {
            card.add(new Paragraph(getTranslation("learning.offer.survey", String.format("%.1f", o.surveyAverage()),
                    o.surveyAnswers())));
        }
        Button edit = new Button(getTranslation("learning.offer.edit"), e -> editOffer(o));
        Button plan = new Button(getTranslation("learning.session.new"), VaadinIcon.CALENDAR.create(),
                e -> editSession(o, null));
        plan.setId("session-new-" + o.id());
        HorizontalLayout buttons = new HorizontalLayout(edit, plan);
        buttons.setWrap(true);
        card.add(buttons);
        if (o.sessions().isEmpty()) {
            card.add(new Paragraph(getTranslation("learning.offer.noSession")));
        }
        for (LearningOffers.SessionRow s : o.sessions()) {
            HorizontalLayout line = new HorizontalLayout();
            line.setWrap(true);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            line.add(new Span(s.businessKey() + " · " + SessionsText.when(s.startsAt(), s.endsAt())
                    + (s.place() == null ? "" : " · " + s.place()) + " · "
                    + getTranslation("learning.sessionStatus." + s.status().name()) + " · "
                    + SessionsText.registrations(s)));
            Button registrants = new Button(getTranslation("learning.session.registrants"),
                    e -> showRegistrants(o, s));
            registrants.getElement().setAttribute("aria-label", getTranslation("learning.session.registrants")
                    + " : " + s.businessKey());
            registrants.setId("session-registrants-" + s.id());
            line.add(registrants);
            if (s.status().isUpcoming()) {
                Button move = new Button(getTranslation("learning.session.edit"), e -> editSession(o, s));
                move.getElement().setAttribute("aria-label", getTranslation("learning.session.edit") + " : "
                        + s.businessKey());
                Button cancel = new Button(getTranslation("learning.session.cancel"),
                        e -> Confirm.ask(getTranslation("learning.session.cancel.title"),
                                getTranslation("learning.session.cancel.text"), getTranslation("learning.session.cancel"),
                                true, () -> offers.cancelSession(s.id(), s.version()),
                                getTranslation("learning.session.cancel.done"), this::refresh));
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
                cancel.getElement().setAttribute("aria-label", getTranslation("learning.session.cancel") + " : "
                        + s.businessKey());
                line.add(move, cancel);
            }
            card.add(line);
        }
        return card;
    }

    private void editOffer(LearningOffers.OfferRow row) {
        Long id = row == null ? null : row.id();
        Long version = row == null ? null : row.version();
        LearningOffers.OfferData current = id == null ? null : offers.offer(id);
        TextField title = new TextField(getTranslation("learning.offer.title"));
        title.setMaxLength(150);
        ComboBox<ActivityKind> kind = new ComboBox<>(getTranslation("learning.kind"), KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("learning.kind." + k.name()));
        Map<Long, String> organisers = new java.util.LinkedHashMap<>(offers.organisers());
        if (current != null) {
            // An offer keeps its organiser: a coordinator edits an SIAE's peer exchange as it is.
            organisers.clear();
            organisers.put(current.organiserId(), row.organiser());
        }
        ComboBox<Long> organiser = new ComboBox<>(getTranslation("learning.offer.organiser"), organisers.keySet());
        organiser.setItemLabelGenerator(organisers::get);
        organiser.setReadOnly(current != null);
        TextArea description = new TextArea(getTranslation("learning.offer.description"));
        description.setMaxLength(4000);
        CheckboxGroup<Audience> audience = new CheckboxGroup<>(getTranslation("learning.offer.audience"),
                Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("learning.audience." + a.name()));
        TextField themes = new TextField(getTranslation("learning.offer.themes"));
        themes.setHelperText(getTranslation("learning.offer.themes.help"));
        IntegerField minutes = new IntegerField(getTranslation("learning.minutes"));
        minutes.setHelperText(getTranslation("learning.minutes.help"));
        Map<Long, String> badges = offers.badgeNames();
        ComboBox<Long> badge = new ComboBox<>(getTranslation("learning.offer.badgeField"), badges.keySet());
        badge.setItemLabelGenerator(badges::get);
        badge.setClearButtonVisible(true);
        if (current != null) {
            title.setValue(current.title());
            kind.setValue(current.kind());
            organiser.setValue(current.organiserId());
            description.setValue(current.description() == null ? "" : current.description());
            audience.setValue(current.audience());
            themes.setValue(String.join(", ", current.themes()));
            minutes.setValue(current.minutes());
            badge.setValue(current.achievementId());
        } else if (organisers.size() == 1) {
            organiser.setValue(organisers.keySet().iterator().next());
        }
        FieldErrors errors = new FieldErrors().bind("title", title).bind("kind", kind).bind("organiser", organiser)
                .bind("description", description).bind("themes", themes).bind("minutes", minutes)
                .bind("achievement", badge);
        ActionDialog.open(getTranslation(id == null ? "learning.offer.new" : "learning.offer.edit"), null,
                getTranslation("common.save"), false, errors,
                () -> offers.saveOffer(id, version, new LearningOffers.OfferData(title.getValue(), kind.getValue(),
                        organiser.getValue(), description.getValue(), audience.getValue(),
                        Arrays.stream(themes.getValue().split(",")).toList(), minutes.getValue(), badge.getValue())),
                getTranslation("learning.offer.saved"), this::refresh, title, kind, organiser, description, audience,
                themes, minutes, badge);
    }

    private void editSession(LearningOffers.OfferRow offer, LearningOffers.SessionRow row) {
        long offerId = offer.id();
        SessionData current = row == null ? null : offers.session(row.id());
        DateTimePicker start = DateFields.dateTime(getTranslation("learning.session.start"));
        start.setId("session-start");
        DateTimePicker end = DateFields.dateTime(getTranslation("learning.session.end"));
        end.setId("session-end");
        DateTimePicker deadline = DateFields.dateTime(getTranslation("learning.session.deadline"));
        deadline.setId("session-deadline");
        CommunePicker commune = new CommunePicker(getTranslation("learning.session.commune"), reference);
        TextField address = new TextField(getTranslation("learning.session.address"));
        address.setMaxLength(300);
        TextField link = new TextField(getTranslation("learning.session.link"));
        link.setId("session-link");
        IntegerField capacity = new IntegerField(getTranslation("learning.session.capacity"));
        capacity.setId("session-capacity");
        // The end follows the offer's length once the start is known, unless it was set already.
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && end.isEmpty()) {
                end.setValue(e.getValue().plusMinutes(offer.minutes()));
            }
        });
        if (current != null) {
            start.setValue(current.startsAt());
            end.setValue(current.endsAt());
            deadline.setValue(current.registrationDeadline());
            commune.setInseeCode(current.communeCode());
            address.setValue(current.address() == null ? "" : current.address());
            link.setValue(current.videoLink() == null ? "" : current.videoLink());
            capacity.setValue(current.capacity());
        }
        FieldErrors errors = new FieldErrors().bind("startsAt", start).bind("endsAt", end)
                .bind("registrationDeadline", deadline).bind("commune", commune).bind("address", address)
                .bind("videoLink", link).bind("capacity", capacity);
        Runnable save = () -> {
            SessionData data = new SessionData(start.getValue(), end.getValue(), commune.getInseeCode(),
                    address.getValue(), link.getValue(), capacity.getValue(), deadline.getValue());
            if (row == null) {
                offers.planSession(offerId, data);
            } else {
                offers.moveSession(row.id(), row.version(), data);
            }
        };
        ActionDialog.open(getTranslation(row == null ? "learning.session.new" : "learning.session.edit") + " — "
                + offer.title(),
                getTranslation(row == null ? "learning.session.new.text" : "learning.session.edit.text"),
                getTranslation("common.save"), false, errors, save,
                getTranslation(row == null ? "learning.session.planned" : "learning.session.moved"), this::refresh,
                start, end, deadline, capacity, commune, address, link);
    }

    private void showRegistrants(LearningOffers.OfferRow offer, LearningOffers.SessionRow s) {
        Dialog dialog = new Dialog(getTranslation("learning.session.registrants") + " — " + offer.title() + " ("
                + s.businessKey() + ")");
        Grid<SessionRegistrations.Registrant> grid = new Grid<>();
        grid.setId("session-registrants");
        grid.addColumn(SessionRegistrations.Registrant::name).setHeader(getTranslation("learning.learner"));
        grid.addColumn(SessionRegistrations.Registrant::organisation).setHeader(getTranslation("learning.organisation"));
        grid.addColumn(r -> getTranslation("learning.registrationStatus." + r.status().name()))
                .setHeader(getTranslation("learning.registration.status"));
        grid.addColumn(r -> r.attendance() == null ? "—" : getTranslation("learning.attendance." + r.attendance().name())
                + (r.minutesAttended() == null ? "" : " (" + r.minutesAttended() + " min)"))
                .setHeader(getTranslation("learning.attendance"));
        grid.addColumn(r -> r.surveyScore() == null ? "—" : r.surveyScore() + "/5"
                + (r.surveyComment() == null ? "" : " — " + r.surveyComment()))
                .setHeader(getTranslation("learning.survey")).setFlexGrow(2);
        java.util.function.Function<SessionRegistrations.Registrant, com.vaadin.flow.component.Component> cancelOf =
                r -> {
                    if (r.status() == RegistrationStatus.CANCELLED || !s.status().isUpcoming()) {
                        return new Span();
                    }
                    return new Button(getTranslation("learning.registration.cancel"),
                            e -> Confirm.ask(getTranslation("learning.registration.cancel.title"),
                                    getTranslation("learning.registration.cancel.text", r.name()),
                                    getTranslation("learning.registration.cancel"), true,
                                    () -> registrations.cancel(r.id()),
                                    getTranslation("learning.registration.cancel.done"), () -> {
                                        dialog.close();
                                        refresh();
                                    }));
                };
        grid.addComponentColumn(cancelOf::apply).setHeader(getTranslation("learning.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        Grids.wrapping(grid);
        List<SessionRegistrations.Registrant> all = registrations.registrants(s.id());
        grid.setItems(all);
        Grids.cardsOnPhone(grid, getTranslation("learning.session.registrants"), r -> new Card(r.name())
                .line(r.organisation()).line(getTranslation("learning.registrationStatus." + r.status().name()))
                .with(cancelOf.apply(r)));
        dialog.add(all.isEmpty() ? new Paragraph(getTranslation("learning.session.registrants.empty")) : grid);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.open();
    }
}
