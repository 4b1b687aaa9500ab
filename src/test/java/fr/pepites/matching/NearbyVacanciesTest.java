package fr.pepites.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.directory.SiaeKind;
import fr.pepites.reference.Licence;
import fr.pepites.reference.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import fr.pepites.vacancy.VacancyKind;
import org.junit.jupiter.api.Test;

/** The grid finds every vacancy within a person's radius, as measuring every pair does. */
class NearbyVacanciesTest {

    @Test
    void everyVacancyWithinTheRadiusIsFoundWhateverThePlaceAndRadius() {
        Random random = new Random(2026);
        List<MatchVacancy> vacancies = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            vacancies.add(vacancy("V" + i, place(random)));
        }
        NearbyVacancies nearby = new NearbyVacancies(vacancies);
        for (int person = 0; person < 400; person++) {
            Position home = place(random);
            int radius = person % 10 == 0 ? 200 : random.nextInt(60);
            Set<Integer> found = new HashSet<>();
            nearby.forEachNear(home, radius, found::add);
            for (int v = 0; v < vacancies.size(); v++) {
                if (home.kilometresTo(vacancies.get(v).position()) <= radius) {
                    assertThat(found).as("vacancy %d at %d km of a radius of %d", v,
                            home.kilometresTo(vacancies.get(v).position()), radius).contains(v);
                }
            }
            assertThat(found.size()).as("a fraction of the vacancies measured").isLessThan(radius < 60
                    ? vacancies.size() / 4 : vacancies.size());
        }
    }

    @Test
    void aCellsEdgeAndTheNorthOfFranceAreNoBlindSpot() {
        // Two places 1 km apart across a cell's edge (latitude 45.0), and Dunkirk's latitude, where a degree of
        // longitude is shortest in France.
        MatchVacancy south = vacancy("S", new Position("00001", 44.995, -0.6, false));
        MatchVacancy east = vacancy("E", new Position("00002", 51.03, 2.60, false));
        NearbyVacancies nearby = new NearbyVacancies(List.of(south, east));
        Set<Integer> found = new HashSet<>();
        nearby.forEachNear(new Position("00003", 45.004, -0.6, false), 1, found::add);
        nearby.forEachNear(new Position("00004", 51.03, 2.37, false), 16, found::add);
        assertThat(found).containsExactlyInAnyOrder(0, 1);
    }

    private static Position place(Random random) {
        return new Position("00000", 42.3 + random.nextDouble() * 8.8, -4.8 + random.nextDouble() * 13.0, false);
    }

    private static MatchVacancy vacancy(String id, Position at) {
        return new MatchVacancy(id, null, "Agent", "S1", "SIAE", SiaeKind.ACI, VacancyKind.INSERTION, "K2204", at, 1,
                null, Set.<Licence>of());
    }
}
