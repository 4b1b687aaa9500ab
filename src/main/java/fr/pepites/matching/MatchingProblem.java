package fr.pepites.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import fr.pepites.workbench.ProvenOptimum;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * One matching problem (the planning solution): the people waiting, the vacancies with their seats, one proposal
 * per person, the weights, and the score of the current proposals.
 */
@PlanningSolution
public class MatchingProblem implements ProvenOptimum.Holder {

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
    /** The best score any proposals can reach, once {@link OptimalConstructionPhase} has proven it. */
    private ProvenOptimum<HardSoftLongScore> optimum;
    /** When the solve must end ({@link System#nanoTime}): the exact construction stops there too. */
    private long deadlineNanos = Long.MAX_VALUE;
    /** Shared by the solver's clones (a fact of the problem, copied by reference). */
    private CandidatePairs pairs;
    private List<List<Seat>> seatsOf;

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
        this.optimum = new ProvenOptimum<>();
    }

    /**
     * A problem with no proposal made yet: each vacancy gives its seats, each person a proposal whose possible
     * seats are those of their best {@link #VALUE_RANGE} vacancies (by what the match is worth) among those the hard
     * rules allow for them ({@link CandidatePairs}).
     */
    public static MatchingProblem of(List<MatchCandidate> candidates, List<MatchVacancy> vacancies,
            MatchingWeights weights) {
        List<MatchCandidate> people = List.copyOf(candidates);
        List<MatchVacancy> jobs = List.copyOf(vacancies);
        List<Seat> seats = new ArrayList<>();
        List<List<Seat>> seatsOf = new ArrayList<>(jobs.size());
        for (MatchVacancy vacancy : jobs) {
            List<Seat> ofVacancy = new ArrayList<>(vacancy.seats());
            for (int n = 1; n <= vacancy.seats(); n++) {
                ofVacancy.add(new Seat(vacancy, n));
            }
            seats.addAll(ofVacancy);
            seatsOf.add(List.copyOf(ofVacancy));
        }
        List<Proposal> proposals = new ArrayList<>(people.size());
        MatchingProblem problem = new MatchingProblem(people, jobs, seats, proposals, weights);
        problem.pairs = new CandidatePairs(people, jobs);
        problem.seatsOf = seatsOf;
        for (int p = 0; p < people.size(); p++) {
            proposals.add(new Proposal(people.get(p), problem.bestSeats(p, v -> false), p));
        }
        return problem;
    }

    /** The most vacancies a proposal's value range holds before the construction admits more. */
    static final int VALUE_RANGE = 32;

    /**
     * The seats of the person's best {@link #VALUE_RANGE} allowed vacancies (by what the match is worth) but those
     * left out: a proposal's value range.
     */
    private List<Seat> bestSeats(int row, java.util.function.Predicate<MatchVacancy> leftOut) {
        BestVacancies best = new BestVacancies(VALUE_RANGE);
        pairs.forEachAllowed(row, weights, (v, value) -> {
            if (!leftOut.test(vacancies.get(v))) {
                best.offer(v, value);
            }
        });
        List<Seat> result = new ArrayList<>();
        for (int v : best.vacancies()) {
            result.addAll(seatsOf.get(v));
        }
        return result;
    }

    /** Every allowed pair of this problem, for the exact construction (null for a problem made by hand in a test). */
    CandidatePairs pairs() {
        return pairs;
    }

    /** Lets the proposal take the seats of this vacancy, which the hard rules allow for it (beyond its best ones). */
    void admit(Proposal proposal, int vacancy) {
        proposal.admit(seatsOf.get(vacancy));
    }

    /**
     * A coordinator rejected this vacancy for this person: it is no longer a possible value, and the proposal's
     * range is made again from its best vacancies still allowed.
     */
    public void exclude(Proposal proposal, MatchVacancy vacancy) {
        proposal.exclude(vacancy, bestSeats(proposal.row(), v -> v == vacancy || proposal.excludes(v)));
    }

    /**
     * A seat of the vacancy with this id that nobody in {@code taken} holds, if the hard rules allow the vacancy for
     * this proposal (its seats are then admitted to the proposal's range) and no coordinator rejected it.
     */
    Optional<Seat> freeSeat(Proposal proposal, String vacancyId, java.util.Set<Seat> taken) {
        int[] found = {-1};
        pairs.forEachAllowed(proposal.row(), weights, (v, value) -> {
            if (found[0] < 0 && vacancies.get(v).id().equals(vacancyId) && !proposal.excludes(vacancies.get(v))) {
                found[0] = v;
            }
        });
        if (found[0] < 0) {
            return Optional.empty();
        }
        admit(proposal, found[0]);
        return seatsOf.get(found[0]).stream().filter(seat -> !taken.contains(seat)).findFirst();
    }

    /** The number of person × vacancy pairs the hard rules allow. */
    public long allowedPairs() {
        return pairs.count(weights);
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

    @Override
    public ProvenOptimum<HardSoftLongScore> provenOptimum() {
        return optimum;
    }

    /** Whether these proposals are proven the best possible: their score reaches the proven optimum. */
    public boolean optimumProven() {
        return optimum.reachedBy(score);
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
