package fr.pepites.twinning;

import static fr.pepites.twinning.TwinningService.DATE;
import static fr.pepites.twinning.TwinningService.today;

import fr.pepites.common.InputBounds;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.TextLimit;
import fr.pepites.directory.DirectoryService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tiers-lieu's side of twinnings: its offer (themes, machines, seats per day, open weekdays, twinning days per week,
 * closed periods), kept by its manager, and its month calendar of the twinning days it hosts.
 */
@Service
@Transactional(readOnly = true)
public class TwinningOffers {

    private final OfferRepository offers;
    private final TwinningRepository twinnings;
    private final ThemeCatalogue catalogue;
    private final DirectoryService directory;
    private final CurrentUserProvider currentUser;

    TwinningOffers(OfferRepository offers, TwinningRepository twinnings, ThemeCatalogue catalogue,
            DirectoryService directory, CurrentUserProvider currentUser) {
        this.offers = offers;
        this.twinnings = twinnings;
        this.catalogue = catalogue;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** The acting tiers-lieu manager's offer, if kept yet. */
    public Optional<Offer> myOffer() {
        CurrentUser user = currentUser.requireRole(Role.TIERS_LIEU_MANAGER);
        return offers.findByTiersLieuId(user.organisationId());
    }

    /** Saves the acting manager's offer (created at the first save); version 0 for a new one. */
    @Transactional
    public Offer saveOffer(long version, OfferData data) {
        CurrentUser user = currentUser.requireRole(Role.TIERS_LIEU_MANAGER);
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> active = catalogue.activeCodes();
        if (data.themes() == null || data.themes().isEmpty()) {
            errors.put("themes", "Choisissez au moins un thème que vous transmettez.");
        } else if (!active.containsAll(data.themes())) {
            errors.put("themes", "Un thème choisi n'est plus au catalogue : rechargez la page.");
        }
        if (data.seatsPerDay() < 1) {
            errors.put("seatsPerDay", "Il faut au moins une place par jour.");
        } else if (data.seatsPerDay() > 100) {
            errors.put("seatsPerDay", "100 places par jour au plus.");
        }
        if (data.weeklyLimit() < 1 || data.weeklyLimit() > 7) {
            errors.put("weeklyLimit", "Entre 1 et 7 jours de jumelage par semaine.");
        }
        if (data.openWeekdays() == null || data.openWeekdays().isEmpty()) {
            errors.put("openWeekdays", "Cochez au moins un jour d'ouverture.");
        }
        TextLimit.check(errors, "machines", data.machines(), 1000);
        for (Closure c : data.closures()) {
            if (c.from() == null || c.to() == null) {
                errors.put("closures", "Chaque fermeture a un premier et un dernier jour.");
            } else if (c.to().isBefore(c.from())) {
                errors.put("closures", "Une fermeture finit avant de commencer (du " + DATE.format(c.from()) + " au "
                        + DATE.format(c.to()) + ").");
            } else {
                InputBounds.checkAhead(errors, "closures", c.to(), today());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Offer offer = offers.findByTiersLieuId(user.organisationId()).orElseGet(() -> new Offer(
                directory.currentOrganisationReference()));
        if (offer.getId() != null && offer.getVersion() != version) {
            throw InvalidInputException.of("", "Votre offre a changé entre-temps : rechargez la page.");
        }
        offer.update(data);
        return offers.save(offer);
    }

    /** A tiers-lieu's twinning days in a month, for its calendar. */
    public List<CalendarDay> calendar(LocalDate month) {
        CurrentUser user = currentUser.requireRole(Role.TIERS_LIEU_MANAGER);
        LocalDate from = month.withDayOfMonth(1);
        LocalDate to = from.plusMonths(1).minusDays(1);
        List<CalendarDay> days = new ArrayList<>();
        for (Twinning t : twinnings.findHoldingSeatsAt(user.organisationId(), TwinningStatus.HOLDING_SEATS)) {
            List<TwinningDay> list = t.getDays();
            for (int i = 0; i < list.size(); i++) {
                LocalDate d = list.get(i).getDate();
                if (!d.isBefore(from) && !d.isAfter(to)) {
                    days.add(new CalendarDay(d, i + 1, t.getId(), t.businessKey(), t.getSiae().getName(),
                            t.getParticipants().size(), t.getStatus()));
                }
            }
        }
        days.sort(Comparator.comparing(CalendarDay::date).thenComparing(CalendarDay::businessKey));
        return days;
    }

    /** One twinning day in a tiers-lieu's calendar. */
    public record CalendarDay(LocalDate date, int dayNumber, long twinningId, String businessKey, String siaeName,
            int participants, TwinningStatus status) {
    }
}
