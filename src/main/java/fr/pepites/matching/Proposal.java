package fr.pepites.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The proposal for one open referral (the planning entity): a seat of a vacancy, or none, since nobody is forced
 * into a bad match. The seats it may take are those of its best vacancies among those every hard rule on the pair
 * allows ({@link MatchingRules#allowed}; at most {@link MatchingProblem#VALUE_RANGE} vacancies, by what the match is
 * worth), and of any other allowed vacancy the exact construction gives it ({@link MatchingProblem#admit}): this
 * keeps the search to sensible moves, and the memory to the people's number rather than the pairs'. The hard
 * constraints still score any assignment given from outside. A pinned proposal (accepted by a coordinator) is not
 * moved by a re-solve; a vacancy a coordinator rejected for this person is never proposed again ({@link #excludes}).
 */
@PlanningEntity
public class Proposal {

    @PlanningId
    private String id;
    private MatchCandidate candidate;
    private List<Seat> reachableSeats;
    @PlanningVariable(nullable = true, valueRangeProviderRefs = "reachableSeats")
    private Seat seat;
    @PlanningPin
    private boolean pinned;
    /** This person's row in the problem's {@link CandidatePairs}; -1 for a proposal made outside a problem. */
    private int row = -1;
    /** The vacancies (ids) a coordinator rejected for this person. */
    private Set<String> excluded = Set.of();

    /** For the solver's cloning. */
    Proposal() {
    }

    public Proposal(MatchCandidate candidate, List<Seat> reachableSeats) {
        this.id = candidate.id();
        this.candidate = candidate;
        this.reachableSeats = List.copyOf(reachableSeats);
    }

    Proposal(MatchCandidate candidate, List<Seat> reachableSeats, int row) {
        this(candidate, reachableSeats);
        this.row = row;
    }

    int row() {
        return row;
    }

    public String getId() {
        return id;
    }

    public MatchCandidate getCandidate() {
        return candidate;
    }

    @ValueRangeProvider(id = "reachableSeats")
    public List<Seat> getReachableSeats() {
        return reachableSeats;
    }

    public Seat getSeat() {
        return seat;
    }

    public void setSeat(Seat seat) {
        this.seat = seat;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /** This vacancy is no longer a possible value (a coordinator rejected the pair): see {@link MatchingProblem#exclude}. */
    void exclude(MatchVacancy vacancy, List<Seat> refilled) {
        Set<String> more = new HashSet<>(excluded);
        more.add(vacancy.id());
        excluded = Set.copyOf(more);
        reachableSeats = List.copyOf(refilled);
        if (seat != null && seat.vacancy().id().equals(vacancy.id())) {
            seat = null;
        }
    }

    /** Whether a coordinator rejected this vacancy for this person. */
    public boolean excludes(MatchVacancy vacancy) {
        return excluded.contains(vacancy.id());
    }

    boolean hasExclusions() {
        return !excluded.isEmpty();
    }

    /** Adds a vacancy's seats to those this proposal may take (an allowed vacancy beyond its best ones). */
    void admit(List<Seat> seats) {
        if (!seats.isEmpty() && !reachableSeats.contains(seats.get(0))) {
            List<Seat> more = new ArrayList<>(reachableSeats);
            more.addAll(seats);
            reachableSeats = List.copyOf(more);
        }
    }

    /** The proposed vacancy, or null. */
    public MatchVacancy getVacancy() {
        return seat == null ? null : seat.vacancy();
    }

    @Override
    public String toString() {
        return id + "->" + seat;
    }
}
