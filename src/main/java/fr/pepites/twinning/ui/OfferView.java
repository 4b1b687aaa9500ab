package fr.pepites.twinning.ui;

import fr.pepites.ui.Card;
import fr.pepites.ui.Grids;
import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.common.InputBounds;
import fr.pepites.security.Role;
import fr.pepites.twinning.Closure;
import fr.pepites.twinning.Offer;
import fr.pepites.twinning.OfferData;
import fr.pepites.twinning.Theme;
import fr.pepites.twinning.ThemeCatalogue;
import fr.pepites.twinning.TwinningOffers;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.Notifications;
import fr.pepites.ui.RemoveButton;
import fr.pepites.ui.UnsavedChanges;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A tiers-lieu's offer ("jumelages/offre"), kept by its manager: themes it transfers, machines, seats per day, open
 * weekdays, twinning days hosted per week at most, closed periods. The solver proposes only what the offer allows.
 */
@Route("jumelages/offre")
@PageTitle("Offre de jumelage · PEPITES")
@RolesAllowed(Role.Names.TIERS_LIEU_MANAGER)
public class OfferView extends VerticalLayout {

    private final UnsavedChanges unsaved = UnsavedChanges.guard(this);

    private final TwinningOffers offers;
    private final CheckboxGroup<Theme> themes = new CheckboxGroup<>();
    private final TextArea machines = new TextArea();
    private final IntegerField seats = new IntegerField();
    private final IntegerField weekly = new IntegerField();
    private final CheckboxGroup<DayOfWeek> open = new CheckboxGroup<>();
    private final List<Closure> closures = new ArrayList<>();
    private final Grid<Closure> closureGrid = new Grid<>();
    private final FieldErrors errors = new FieldErrors();
    private long version;

    OfferView(TwinningOffers offers, ThemeCatalogue catalogue) {
        this.offers = offers;
        themes.setLabel(getTranslation("twinning.offer.themes"));
        themes.setId("offer-themes");
        themes.setItems(catalogue.themes(true));
        themes.setItemLabelGenerator(Theme::getLabel);
        machines.setLabel(getTranslation("twinning.machines"));
        machines.setMaxLength(1000);
        seats.setLabel(getTranslation("twinning.offer.seats"));
        seats.setId("offer-seats");
        seats.setMin(1);
        weekly.setLabel(getTranslation("twinning.offer.weekly"));
        weekly.setId("offer-weekly");
        weekly.setMin(1);
        weekly.setMax(7);
        open.setLabel(getTranslation("twinning.offer.open"));
        open.setId("offer-open");
        open.setItems(EnumSet.allOf(DayOfWeek.class));
        open.setItemLabelGenerator(d -> TwinningSummary.weekdays(List.of(d)));
        errors.bind("themes", themes).bind("machines", machines).bind("seatsPerDay", seats)
                .bind("weeklyLimit", weekly).bind("openWeekdays", open);
        FormLayout form = new FormLayout(themes, machines, seats, weekly, open);
        form.setColspan(themes, 2);
        form.setColspan(machines, 2);
        form.setColspan(open, 2);

        closureGrid.setAllRowsVisible(true);
        closureGrid.addColumn(c -> TwinningSummary.DATE.format(c.from())).setHeader(getTranslation("twinning.offer.from"));
        closureGrid.addColumn(c -> TwinningSummary.DATE.format(c.to())).setHeader(getTranslation("twinning.offer.to"));
        closureGrid.addColumn(c -> c.label() == null ? "" : c.label()).setHeader(getTranslation("twinning.offer.label"));
        closureGrid.addComponentColumn(this::removeClosure).setHeader(getTranslation("common.actions"));
        Grids.cardsOnPhone(closureGrid, getTranslation("twinning.offer.closures"), c -> new Card(
                TwinningSummary.DATE.format(c.from()) + " → " + TwinningSummary.DATE.format(c.to()))
                .line(c.label())
                .with(removeClosure(c)));
        DatePicker from = DateFields.date(getTranslation("twinning.offer.from"));
        DatePicker to = DateFields.date(getTranslation("twinning.offer.to"));
        from.setMax(InputBounds.latestAhead(LocalDate.now()));
        to.setMax(InputBounds.latestAhead(LocalDate.now()));
        TextField label = new TextField(getTranslation("twinning.offer.label"));
        Button addClosure = new Button(getTranslation("twinning.offer.addClosure"), VaadinIcon.PLUS.create(), e -> {
            if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
                // Said at the period's end date, where the person looks: not in a notification that goes.
                to.setErrorMessage(getTranslation("twinning.offer.closureInvalid"));
                to.setInvalid(true);
                return;
            }
            to.setInvalid(false);
            closures.add(new Closure(from.getValue(), to.getValue(), label.getValue().isBlank() ? null
                    : label.getValue().trim()));
            closureGrid.setItems(closures);
            from.clear();
            to.clear();
            label.clear();
        });
        HorizontalLayout newClosure = new HorizontalLayout(from, to, label, addClosure);
        newClosure.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("offer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("twinning.offer.title")), new Paragraph(getTranslation("twinning.offer.intro")),
                errors.summary(), form,
                new H3(getTranslation("twinning.offer.closures")), closureGrid, newClosure, save);
        load();
    }

    private void load() {
        offers.myOffer().ifPresentOrElse(this::show, () -> {
            seats.setValue(8);
            weekly.setValue(2);
            open.setValue(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY));
            version = 0;
        });
        closureGrid.setItems(closures);
    }

    private void show(Offer offer) {
        version = offer.getVersion();
        themes.setValue(themes.getListDataView().getItems().filter(t -> offer.getThemes().contains(t.getCode()))
                .collect(Collectors.toSet()));
        machines.setValue(offer.getMachines() == null ? "" : offer.getMachines());
        seats.setValue(offer.getSeatsPerDay());
        weekly.setValue(offer.getWeeklyLimit());
        open.setValue(offer.getOpenWeekdays());
        closures.clear();
        closures.addAll(offer.getClosures());
    }

    private void save() {
        OfferData data = new OfferData(themes.getValue().stream().map(Theme::getCode).collect(Collectors.toSet()),
                machines.getValue(), seats.getValue() == null ? 0 : seats.getValue(),
                weekly.getValue() == null ? 0 : weekly.getValue(), open.getValue(), List.copyOf(closures));
        Offer[] saved = new Offer[1];
        if (errors.run(() -> saved[0] = offers.saveOffer(version, data))) {
            show(saved[0]);
            closureGrid.setItems(closures);
            unsaved.saved();
            Notifications.success(getTranslation("twinning.offer.saved"));
        }
    }

    /** The button that takes a closure period off the offer's form (saved with the offer). */
    private Button removeClosure(Closure c) {
        return RemoveButton.of(getTranslation("twinning.offer.closure.remove"), () -> {
            closures.remove(c);
            closureGrid.setItems(closures);
        });
    }
}
