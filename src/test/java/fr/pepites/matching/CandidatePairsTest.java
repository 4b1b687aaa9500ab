package fr.pepites.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.reference.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    @Test
    void givesEveryPairTheRulesAllowWithWhatItIsWorthAndNoOther() {
        MatchingInstanceGenerator generator = new MatchingInstanceGenerator();
        Map<String, Position> positions = generator.positions();
        MatchingInstance instance = generator.generate(1_500, 400, 7);
        List<MatchCandidate> people = instance.people(code -> Optional.ofNullable(positions.get(code)), List.of());
        List<MatchVacancy> jobs = instance.jobs(code -> Optional.ofNullable(positions.get(code)), List.of());
        MatchingWeights weights = new MatchingWeights();
        weights.setSoftWeight(MatchingWeights.SAME_ROME_DOMAIN, 7);
        CandidatePairs pairs = new CandidatePairs(people, jobs);
        long checked = 0;
        for (int p = 0; p < people.size(); p++) {
            Map<Integer, Long> expected = new HashMap<>();
            for (int v = 0; v < jobs.size(); v++) {
                if (MatchingRules.allowed(people.get(p), jobs.get(v))) {
                    expected.put(v, MatchingRules.matchValue(people.get(p), jobs.get(v), weights));
                }
            }
            Map<Integer, Long> given = new HashMap<>();
            int[] lastKm = {-1};
            MatchCandidate person = people.get(p);
            pairs.forEachAllowed(p, weights, (v, value) -> {
                assertThat(given.put(v, value)).as("each pair once").isNull();
                int km = MatchingRules.distanceKm(person, jobs.get(v));
                assertThat(km).as("nearest first").isGreaterThanOrEqualTo(lastKm[0]);
                lastKm[0] = km;
            });
            assertThat(given).isEqualTo(expected);
            checked += expected.size();
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void keepsTheBestVacanciesOfferedBestFirstTheFirstOfferedWinningATie() {
        BestVacancies best = new BestVacancies(3);
        best.offer(10, 5);
        best.offer(11, 9);
        best.offer(12, 5);
        best.offer(13, 1);
        best.offer(14, 7);
        best.offer(15, 5);
        assertThat(best.vacancies()).containsExactly(11, 14, 10);
    }
}
