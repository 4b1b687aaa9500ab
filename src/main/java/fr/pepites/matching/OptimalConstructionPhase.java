package fr.pepites.matching;

import java.util.Map;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/** The solver's first phase: puts the exact proposals of {@link OptimalConstruction} into the working solution. */
public class OptimalConstructionPhase implements CustomPhaseCommand<MatchingProblem> {

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingProblem> scoreDirector) {
        MatchingProblem problem = scoreDirector.getWorkingSolution();
        Map<Proposal, MatchVacancy> best = OptimalConstruction.solve(problem);
        Map<MatchVacancy, Integer> used = new java.util.IdentityHashMap<>();
        problem.getProposals().stream().filter(Proposal::isPinned).map(Proposal::getSeat)
                .filter(java.util.Objects::nonNull)
                .forEach(seat -> used.merge(seat.vacancy(), 1, Integer::sum));
        for (Proposal proposal : problem.getProposals()) {
            if (proposal.isPinned()) {
                continue;
            }
            MatchVacancy vacancy = best.get(proposal);
            Seat seat = vacancy == null ? null : freeSeat(problem, proposal, vacancy, used);
            scoreDirector.beforeVariableChanged(proposal, "seat");
            proposal.setSeat(seat);
            scoreDirector.afterVariableChanged(proposal, "seat");
            scoreDirector.triggerVariableListeners();
        }
    }

    private static Seat freeSeat(MatchingProblem problem, Proposal proposal, MatchVacancy vacancy,
            Map<MatchVacancy, Integer> used) {
        int taken = used.merge(vacancy, 1, Integer::sum);
        return proposal.getReachableSeats().stream().filter(s -> s.vacancy() == vacancy).skip(taken - 1L)
                .findFirst().orElseThrow();
    }
}
