package fr.pepites.matching;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The proposal for one open referral (the planning entity): a seat of a vacancy, or none, since nobody is forced
 * into a bad match. The seats it may take are those of the vacancies every hard rule on the pair allows
 * ({@link MatchingRules#allowed}), which keeps the search to sensible moves; the hard constraints still score
 * any assignment given from outside. A pinned proposal (accepted by a coordinator) is not moved by a re-solve.
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

    /** For the solver's cloning. */
    Proposal() {
    }

    public Proposal(MatchCandidate candidate, List<Seat> reachableSeats) {
        this.id = candidate.id();
        this.candidate = candidate;
        this.reachableSeats = List.copyOf(reachableSeats);
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

    /** This vacancy is no longer a possible value (a coordinator rejected the pair). */
    public void exclude(MatchVacancy vacancy) {
        reachableSeats = reachableSeats.stream().filter(seat -> !seat.vacancy().id().equals(vacancy.id())).toList();
        if (seat != null && seat.vacancy().id().equals(vacancy.id())) {
            seat = null;
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
