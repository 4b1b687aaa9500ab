package fr.pepites.matching;

import fr.pepites.reference.Position;
import fr.pepites.directory.SiaeKind;
import fr.pepites.reference.Licence;
import fr.pepites.vacancy.VacancyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the matching score depends on, as plain data with communes by INSEE code: what an instance file
 * holds ({@code docs/matching.md}), and what the application builds from its open referrals before solving.
 */
public record MatchingInstance(String format, LocalDate referenceDate, Settings settings, List<Candidate> candidates,
        List<Vacancy> vacancies) {

    public static final String FORMAT = "pepites-matching/1";

    public MatchingInstance {
        candidates = List.copyOf(candidates);
        vacancies = List.copyOf(vacancies);
    }

    /**
     * @param availabilityToleranceDays how long after a job's start a person may still become available
     * @param weights soft weights by constraint name (points per unit); a missing name keeps its default
     */
    public record Settings(int availabilityToleranceDays, Map<String, Long> weights) {

        public static final int DEFAULT_TOLERANCE_DAYS = 30;

        public Settings {
            weights = weights == null ? Map.of() : Map.copyOf(weights);
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_TOLERANCE_DAYS, Map.of());
        }

        public MatchingWeights toWeights() {
            MatchingWeights result = new MatchingWeights();
            weights.forEach(result::setSoftWeight);
            return result;
        }
    }

    public record Candidate(String id, String commune, int radiusKm, List<Licence> licences, LocalDate availableFrom,
            int waitingDays, VacancyKind goal, List<SiaeKind> eligibleSiaeKinds, List<String> romeCodes,
            List<String> refusedBySiae) {
    }

    public record Vacancy(String id, String label, String siae, String siaeName, SiaeKind siaeKind, VacancyKind kind,
            String romeCode, String commune, int seats, LocalDate startDate, List<Licence> requiredLicences) {
    }

    /**
     * The planning problem of this instance, communes placed by the given look-up. The database ids are those
     * of the application's referrals and vacancies when it built the instance itself, in the same order.
     */
    public MatchingProblem toProblem(Function<String, Optional<Position>> positions, List<Long> referralIds,
            List<Long> vacancyIds) {
        return MatchingProblem.of(people(positions, referralIds), jobs(positions, vacancyIds), settings.toWeights());
    }

    /** The people as the solver sees them, without the problem around them. */
    public List<MatchCandidate> people(Function<String, Optional<Position>> positions, List<Long> referralIds) {
        List<MatchCandidate> people = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            people.add(new MatchCandidate(c.id(), referralIds.isEmpty() ? null : referralIds.get(i),
                    position(positions, c.commune()), c.radiusKm(), setOf(c.licences()), c.availableFrom(),
                    c.waitingDays(), c.goal(), setOf(c.eligibleSiaeKinds()), setOf(c.romeCodes()),
                    setOf(c.refusedBySiae())));
        }
        return people;
    }

    /** The vacancies as the solver sees them (the start plus the tolerance), without the problem around them. */
    public List<MatchVacancy> jobs(Function<String, Optional<Position>> positions, List<Long> vacancyIds) {
        List<MatchVacancy> jobs = new ArrayList<>(vacancies.size());
        for (int i = 0; i < vacancies.size(); i++) {
            Vacancy v = vacancies.get(i);
            LocalDate latest = v.startDate() == null ? null
                    : v.startDate().plusDays(settings.availabilityToleranceDays());
            jobs.add(new MatchVacancy(v.id(), vacancyIds.isEmpty() ? null : vacancyIds.get(i),
                    v.label() == null ? v.romeCode() : v.label(), v.siae(),
                    v.siaeName() == null ? v.siae() : v.siaeName(), v.siaeKind(), v.kind(), v.romeCode(),
                    position(positions, v.commune()), v.seats(), latest, setOf(v.requiredLicences())));
        }
        return jobs;
    }

    public MatchingProblem toProblem(Function<String, Optional<Position>> positions) {
        return toProblem(positions, List.of(), List.of());
    }

    private static Position position(Function<String, Optional<Position>> positions, String commune) {
        return positions.apply(commune).orElseThrow(() -> new IllegalArgumentException("Unknown commune " + commune));
    }

    private static <T> java.util.Set<T> setOf(List<T> values) {
        return values == null ? java.util.Set.of() : java.util.Set.copyOf(values);
    }
}
