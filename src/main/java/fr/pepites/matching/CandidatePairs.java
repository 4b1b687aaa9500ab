package fr.pepites.matching;

import fr.pepites.reference.Position;
import fr.pepites.vacancy.VacancyKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every person × vacancy pair the hard rules allow, and what each is worth, without holding the pairs: at national
 * scale (100,000 people × 25,000 vacancies) they are about a hundred million. People living in the same commune share
 * one list of the vacancies around it, nearest first, measured once ({@link NearbyVacancies}); a person's pairs are
 * the start of that list within their radius, kept by the other rules read from numbers computed once per person and
 * per vacancy. {@link MatchingRules} says what the rules and the value are; {@code CandidatePairsTest} checks on every
 * pair of a generated instance that this gives the same pairs and values.
 */
final class CandidatePairs {

    /** Receives one allowed pair: the vacancy's index in the problem's list and what the match is worth. */
    interface PairConsumer {
        void accept(int vacancy, long value);
    }

    private static final long NO_DATE = Long.MAX_VALUE;

    private final List<MatchVacancy> vacancies;
    private final int[] vacancyKind;
    private final int[] vacancySiaeKind;
    private final int[] vacancyLicences;
    private final long[] vacancyLatest;
    private final int[] vacancySiae;
    private final int[] vacancyRome;
    private final int[] vacancyDomain;

    private final List<MatchCandidate> people;
    private final int[] personPlace;
    private final int[] personEligible;
    private final int[] personLicences;
    private final long[] personAvailable;
    private final int[][] personRefused;
    private final int[][] personRome;
    private final int[][] personDomain;

    /** For each place where people live: the vacancies around it, nearest first, and their distances. */
    private final int[][] placeVacancies;
    private final int[][] placeKm;

    CandidatePairs(List<MatchCandidate> people, List<MatchVacancy> vacancies) {
        this.people = people;
        this.vacancies = vacancies;
        Map<String, Integer> siae = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        int n = vacancies.size();
        vacancyKind = new int[n];
        vacancySiaeKind = new int[n];
        vacancyLicences = new int[n];
        vacancyLatest = new long[n];
        vacancySiae = new int[n];
        vacancyRome = new int[n];
        vacancyDomain = new int[n];
        for (int v = 0; v < n; v++) {
            MatchVacancy vacancy = vacancies.get(v);
            vacancyKind[v] = vacancy.kind().ordinal();
            vacancySiaeKind[v] = vacancy.kind() == VacancyKind.INSERTION ? vacancy.siaeKind().ordinal() : -1;
            vacancyLicences[v] = bits(vacancy.requiredLicences());
            vacancyLatest[v] = vacancy.latestAvailability() == null ? NO_DATE
                    : vacancy.latestAvailability().toEpochDay();
            vacancySiae[v] = siae.computeIfAbsent(vacancy.siaeId(), k -> siae.size());
            vacancyRome[v] = codes.computeIfAbsent(vacancy.romeCode(), k -> codes.size());
            vacancyDomain[v] = codes.computeIfAbsent("domain:" + MatchingRules.domain(vacancy.romeCode()),
                    k -> codes.size());
        }
        int m = people.size();
        personPlace = new int[m];
        personEligible = new int[m];
        personLicences = new int[m];
        personAvailable = new long[m];
        personRefused = new int[m][];
        personRome = new int[m][];
        personDomain = new int[m][];
        Map<Position, Integer> places = new HashMap<>();
        List<Integer> placeRadius = new ArrayList<>();
        List<Position> placePosition = new ArrayList<>();
        for (int p = 0; p < m; p++) {
            MatchCandidate c = people.get(p);
            int place = places.computeIfAbsent(c.position(), k -> {
                placePosition.add(k);
                placeRadius.add(0);
                return places.size();
            });
            placeRadius.set(place, Math.max(placeRadius.get(place), c.radiusKm()));
            personPlace[p] = place;
            personEligible[p] = bits(c.eligibleKinds());
            personLicences[p] = bits(c.licences());
            personAvailable[p] = c.availableFrom().toEpochDay();
            personRefused[p] = c.refusedBy().stream().filter(siae::containsKey).mapToInt(siae::get).toArray();
            // Codes no vacancy has count for nothing: they are left out (-1 never matches).
            personRome[p] = c.romeCodes().stream().mapToInt(code -> codes.getOrDefault(code, -1)).toArray();
            personDomain[p] = c.romeCodes().stream()
                    .mapToInt(code -> codes.getOrDefault("domain:" + MatchingRules.domain(code), -1)).toArray();
        }
        NearbyVacancies nearby = new NearbyVacancies(vacancies);
        placeVacancies = new int[placePosition.size()][];
        placeKm = new int[placePosition.size()][];
        for (int place = 0; place < placePosition.size(); place++) {
            Position from = placePosition.get(place);
            int radius = placeRadius.get(place);
            long[] sorted = nearestFirst(nearby, from, radius, vacancies);
            placeVacancies[place] = new int[sorted.length];
            placeKm[place] = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                placeKm[place][i] = (int) (sorted[i] >>> 32);
                placeVacancies[place][i] = (int) sorted[i];
            }
        }
    }

    /** The vacancies within {@code radius} km of a place, as (km &lt;&lt; 32 | index), nearest first. */
    private static long[] nearestFirst(NearbyVacancies nearby, Position from, int radius, List<MatchVacancy> all) {
        long[][] found = {new long[64]};
        int[] count = {0};
        nearby.forEachNear(from, radius, v -> {
            int km = from.kilometresTo(all.get(v).position());
            if (km <= radius) {
                if (count[0] == found[0].length) {
                    found[0] = Arrays.copyOf(found[0], count[0] * 2);
                }
                found[0][count[0]++] = ((long) km << 32) | v;
            }
        });
        long[] result = Arrays.copyOf(found[0], count[0]);
        Arrays.sort(result);
        return result;
    }

    /**
     * Gives each vacancy the hard rules allow for person {@code p} (index in the problem's people), nearest first,
     * with what the match is worth under these weights ({@link MatchingRules#matchValue}).
     */
    void forEachAllowed(int p, MatchingWeights weights, PairConsumer consumer) {
        long base = weights.softWeight(MatchingWeights.MATCHED)
                + weights.softWeight(MatchingWeights.WAITING) * people.get(p).waitingDays();
        long perKm = weights.softWeight(MatchingWeights.DISTANCE);
        long sameCode = weights.softWeight(MatchingWeights.SAME_ROME_CODE);
        long sameDomain = weights.softWeight(MatchingWeights.SAME_ROME_DOMAIN);
        int goal = people.get(p).goal().ordinal();
        int radius = people.get(p).radiusKm();
        int[] around = placeVacancies[personPlace[p]];
        int[] km = placeKm[personPlace[p]];
        for (int i = 0; i < around.length && km[i] <= radius; i++) {
            int v = around[i];
            if (vacancyKind[v] != goal
                    || (vacancySiaeKind[v] >= 0 && (personEligible[p] & (1 << vacancySiaeKind[v])) == 0)
                    || (vacancyLicences[v] & ~personLicences[p]) != 0
                    || personAvailable[p] > vacancyLatest[v]
                    || contains(personRefused[p], vacancySiae[v])) {
                continue;
            }
            long value = base - perKm * km[i];
            if (contains(personRome[p], vacancyRome[v])) {
                value += sameCode;
            } else if (contains(personDomain[p], vacancyDomain[v])) {
                value += sameDomain;
            }
            consumer.accept(v, value);
        }
    }

    /** How many pairs the hard rules allow, for the figures of the benchmark and the command line. */
    long count(MatchingWeights weights) {
        long[] count = {0};
        for (int p = 0; p < people.size(); p++) {
            forEachAllowed(p, weights, (v, value) -> count[0]++);
        }
        return count[0];
    }

    static boolean contains(int[] values, int value) {
        for (int x : values) {
            if (x == value) {
                return true;
            }
        }
        return false;
    }

    private static int bits(Set<? extends Enum<?>> values) {
        int bits = 0;
        for (Enum<?> value : values) {
            bits |= 1 << value.ordinal();
        }
        return bits;
    }
}
