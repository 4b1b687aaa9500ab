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
            proposal.getReachableSeats().stream()
                    .map(Seat::vacancy)
                    .distinct()
                    .filter(v -> free.get(v) > 0)
                    .min(Comparator.comparingInt((MatchVacancy v) -> MatchingRules.distanceKm(candidate, v))
                            .thenComparing(MatchVacancy::id))
                    .ifPresent(v -> {
                        free.merge(v, -1, Integer::sum);
                        result.put(candidate.id(), v.id());
                    });
        }
        return result;
    }
}
