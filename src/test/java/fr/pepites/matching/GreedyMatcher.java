package fr.pepites.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a coordinator does by hand, as the benchmark's baseline: first come, first served (longest-waiting
 * first), each person to the nearest vacancy with a free seat that every hard rule allows.
 */
final class GreedyMatcher {

    private GreedyMatcher() {
    }

    /** Person id → vacancy id for those matched. */
    static Map<String, String> match(MatchingProblem problem) {
        Map<MatchVacancy, Integer> free = new HashMap<>();
        problem.getVacancies().forEach(v -> free.put(v, v.seats()));
        List<Proposal> queue = problem.getProposals().stream()
                .sorted(Comparator.comparingInt((Proposal p) -> p.getCandidate().waitingDays()).reversed()
                        .thenComparing(Proposal::getId))
                .toList();
        Map<String, String> result = new HashMap<>();
        for (Proposal proposal : queue) {
            MatchCandidate candidate = proposal.getCandidate();
            // The allowed vacancies come nearest first.
            MatchVacancy[] nearest = {null};
            problem.pairs().forEachAllowed(proposal.row(), problem.getWeights(), (v, value) -> {
                MatchVacancy vacancy = problem.getVacancies().get(v);
                if (nearest[0] == null && free.get(vacancy) > 0) {
                    nearest[0] = vacancy;
                }
            });
            if (nearest[0] != null) {
                free.merge(nearest[0], -1, Integer::sum);
                result.put(candidate.id(), nearest[0].id());
            }
        }
        return result;
    }
}
