package fr.pepites.matching;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * One matching problem (the planning solution): the people waiting, the vacancies with their seats, one proposal
 * per person, the weights, and the score of the current proposals.
 */
@PlanningSolution
public class MatchingProblem {

    @ProblemFactCollectionProperty
    private List<MatchCandidate> candidates;
    @ProblemFactCollectionProperty
    private List<MatchVacancy> vacancies;
    @ProblemFactCollectionProperty
    private List<Seat> seats;
    @PlanningEntityCollectionProperty
    private List<Proposal> proposals;
    @ConstraintConfigurationProvider
    private MatchingWeights weights;
    @PlanningScore
    private HardSoftLongScore score;
    /**
     * The best score any proposals can reach, once {@link OptimalConstructionPhase} has proven it (empty until then). It
     * is a fact of the problem, not of one assignment: the solver's clones share this holder (the cloner copies a
     * field of this type by reference), so that the best solution, whichever clone it is, is compared with it.
     */
    private AtomicReference<HardSoftLongScore> optimum;
    /** When the solve must end ({@link System#nanoTime}): the exact construction stops there too. */
    private long deadlineNanos = Long.MAX_VALUE;

    /** For the solver's cloning. */
    MatchingProblem() {
    }

    MatchingProblem(List<MatchCandidate> candidates, List<MatchVacancy> vacancies, List<Seat> seats,
            List<Proposal> proposals, MatchingWeights weights) {
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.seats = seats;
        this.proposals = proposals;
        this.weights = weights;
        this.optimum = new AtomicReference<>();
    }

    /**
     * A problem with no proposal made yet: each vacancy gives its seats, each person a proposal whose possible
     * seats are those of the vacancies the hard rules allow for them.
     */
    public static MatchingProblem of(List<MatchCandidate> candidates, List<MatchVacancy> vacancies,
            MatchingWeights weights) {
        List<Seat> seats = new ArrayList<>();
        Map<MatchVacancy, List<Seat>> seatsOf = new IdentityHashMap<>();
        for (MatchVacancy vacancy : vacancies) {
            List<Seat> ofVacancy = new ArrayList<>(vacancy.seats());
            for (int n = 1; n <= vacancy.seats(); n++) {
                ofVacancy.add(new Seat(vacancy, n));
            }
            seats.addAll(ofVacancy);
            seatsOf.put(vacancy, ofVacancy);
        }
        // Only the vacancies near each person are measured (NearbyVacancies), in the order of the list, as before.
        NearbyVacancies nearby = new NearbyVacancies(vacancies);
        List<Proposal> proposals = new ArrayList<>(candidates.size());
        java.util.BitSet near = new java.util.BitSet(vacancies.size());
        for (MatchCandidate candidate : candidates) {
            near.clear();
            nearby.forEachNear(candidate.position(), candidate.radiusKm(), near::set);
            List<Seat> reachable = new ArrayList<>();
            for (int v = near.nextSetBit(0); v >= 0; v = near.nextSetBit(v + 1)) {
                MatchVacancy vacancy = vacancies.get(v);
                if (MatchingRules.allowed(candidate, vacancy)) {
                    reachable.addAll(seatsOf.get(vacancy));
                }
            }
            proposals.add(new Proposal(candidate, reachable));
        }
        return new MatchingProblem(List.copyOf(candidates), List.copyOf(vacancies), seats, proposals, weights);
    }

    public List<MatchCandidate> getCandidates() {
        return candidates;
    }

    public List<MatchVacancy> getVacancies() {
        return vacancies;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public List<Proposal> getProposals() {
        return proposals;
    }

    public MatchingWeights getWeights() {
        return weights;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    /** The solve must end this long from now: set by {@link MatchingSolver#solve} before it starts. */
    void endSolveWithin(java.time.Duration limit) {
        deadlineNanos = System.nanoTime() + limit.toNanos();
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    /** The construction proved that no proposals score better than this (for these data, pins and weights). */
    void proveOptimum(HardSoftLongScore best) {
        optimum.set(best);
    }

    /** Whether these proposals are proven the best possible: their score reaches the proven optimum. */
    public boolean optimumProven() {
        HardSoftLongScore best = optimum.get();
        return best != null && score != null && score.compareTo(best) >= 0;
    }

    /** Whether this score reaches the proven optimum (the solver's best score, before it is set in a solution). */
    boolean reachesOptimum(HardSoftLongScore reached) {
        HardSoftLongScore best = optimum.get();
        return best != null && reached != null && reached.compareTo(best) >= 0;
    }

    /**
     * Why nothing can be proposed to anyone, if so: no vacancy is within reach of any person (their radius, the kind
     * of job, eligibility, licences, availability, a refusal before). The solve then ends at once.
     */
    public Optional<String> nothingReachable() {
        if (proposals.isEmpty() || proposals.stream().anyMatch(p -> !p.getReachableSeats().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of("Aucune fiche de poste n'est à la portée d'aucune personne (rayon de mobilité, type de "
                + "poste, éligibilité, permis, disponibilité ou refus antérieur) : il n'y a rien à proposer.");
    }

    /** How many people have a proposal. */
    public long matchedCount() {
        return proposals.stream().filter(p -> p.getSeat() != null).count();
    }
}
