package fr.pepites.matching;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/** The solver's first phase: puts the exact proposals of {@link OptimalConstruction} into the working solution. */
public class OptimalConstructionPhase implements CustomPhaseCommand<MatchingProblem> {

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingProblem> scoreDirector) {
        MatchingProblem problem = scoreDirector.getWorkingSolution();
        Map<Proposal, MatchVacancy> best = OptimalConstruction.solve(problem);
        Set<Seat> taken = new HashSet<>();
        problem.getProposals().stream().filter(Proposal::isPinned).map(Proposal::getSeat)
                .filter(Objects::nonNull).forEach(taken::add);
        for (Proposal proposal : problem.getProposals()) {
            if (proposal.isPinned()) {
                continue;
            }
            MatchVacancy vacancy = best.get(proposal);
            Seat seat = vacancy == null ? null : freeSeat(proposal, vacancy, taken);
            scoreDirector.beforeVariableChanged(proposal, "seat");
            proposal.setSeat(seat);
            scoreDirector.afterVariableChanged(proposal, "seat");
            scoreDirector.triggerVariableListeners();
        }
    }

    /** A seat of the vacancy that nobody holds yet (pinned proposals keep whichever seat they have). */
    private static Seat freeSeat(Proposal proposal, MatchVacancy vacancy, Set<Seat> taken) {
        Seat seat = proposal.getReachableSeats().stream().filter(s -> s.vacancy() == vacancy && !taken.contains(s))
                .findFirst().orElseThrow();
        taken.add(seat);
        return seat;
    }
}
