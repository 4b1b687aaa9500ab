package fr.pepites.vacancy.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.Role;
import fr.pepites.ui.HomeCard;
import fr.pepites.ui.MenuGroup;
import fr.pepites.ui.MenuItem;
import fr.pepites.ui.ShellContribution;
import fr.pepites.vacancy.VacancyService;
import java.util.List;
import org.springframework.stereotype.Component;

/** Vacancies in the menu; for an SIAE, a home card of the vacancies to bring up to date. */
@Component
class VacancyShell implements ShellContribution {

    private final VacancyService vacancies;

    VacancyShell(VacancyService vacancies) {
        this.vacancies = vacancies;
    }

    @Override
    public List<MenuItem> menuItems(CurrentUser user) {
        return List.of(MenuItem.of(MenuGroup.MATCHING, "nav.vacancies",
                VacanciesView.class, VaadinIcon.CLIPBOARD_TEXT, 40));
    }

    @Override
    public List<HomeCard> homeCards(CurrentUser user) {
        if (!user.is(Role.SIAE_DIRECTOR) && !user.is(Role.SIAE_STAFF)) {
            return List.of();
        }
        long stale = vacancies.countStale();
        return List.of(HomeCard.of("home.card.vacancies",
                stale == 0 ? "home.card.vacancies.upToDate" : "home.card.vacancies.stale", VacanciesView.class, 40,
                stale));
    }
}
