package fr.pepites.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Saving the tiers-lieu's offer as its page does — read, then saved back in a transaction of its own — keeps each
 * closure once (issue 28: an offer of two themes showed its one closure twice, and each save doubled the rows).
 */
@PepitesSpringTest
class OfferClosuresTest {

    @Autowired
    TwinningService twinnings;
    @Autowired
    fr.pepites.twinning.TwinningOffers offers;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    private OfferData before;

    @BeforeEach
    void manager() {
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        Offer offer = offers.myOffer().orElseThrow();
        before = dataOf(offer);
    }

    @AfterEach
    void restore() {
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        offers.saveOffer(offers.myOffer().orElseThrow().getVersion(), before);
        users.logout();
    }

    @Test
    void savingTheOfferTwiceWithoutAChangeKeepsEachClosureOnce() {
        LocalDate from = LocalDate.now().plusMonths(10);
        Closure works = new Closure(from, from.plusDays(4), "Travaux");
        Offer offer = offers.myOffer().orElseThrow();
        offers.saveOffer(offer.getVersion(), new OfferData(Set.of("REEMPLOI", "MENUISERIE", "REPARATION"),
                offer.getMachines(), offer.getSeatsPerDay(), offer.getWeeklyLimit(), offer.getOpenWeekdays(),
                List.of(works)));

        for (int save = 0; save < 2; save++) {
            Offer shown = offers.myOffer().orElseThrow();
            assertThat(shown.getClosures()).as("as the page shows it").containsExactly(works);
            offers.saveOffer(shown.getVersion(), dataOf(shown));
        }

        Offer saved = offers.myOffer().orElseThrow();
        assertThat(saved.getClosures()).containsExactly(works);
        assertThat(jdbc.queryForObject("select count(*) from tiers_lieu_closure where offer_id = ?", Integer.class,
                saved.getId())).as("rows stored").isOne();
    }

    private static OfferData dataOf(Offer offer) {
        return new OfferData(offer.getThemes(), offer.getMachines(), offer.getSeatsPerDay(), offer.getWeeklyLimit(),
                offer.getOpenWeekdays(), offer.getClosures());
    }
}
