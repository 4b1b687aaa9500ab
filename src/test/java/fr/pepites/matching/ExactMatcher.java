package fr.pepites.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proven optimum of the matching score, from OR-Tools, for the benchmark. The whole score is a min-cost flow:
 * each person sends one unit either to a vacancy every hard rule allows (cost: minus what the match is worth:
 * the match, the waiting, the ROME fit, minus the distance) or straight to the sink (unmatched, cost 0); a vacancy
 * passes at most its seats on to its SIAE; an SIAE reaches the sink through unit arcs costing the spread weight
 * times 1, 3, 5, … so that n proposals cost n², convex, hence taken in order. Integral flows are optimal, so the
 * flow's optimum is the exact optimum of the score; the benchmark re-scores it with the planner's own score to
 * check that both read the constraints the same way.
 */
final class ExactMatcher {

    record Result(Map<String, String> assignment, long softScore, long millis) {
    }

    private ExactMatcher() {
    }

    static Result solve(MatchingProblem problem) {
        Loader.loadNativeLibraries();
        long start = System.nanoTime();
        MatchingWeights w = problem.getWeights();
        List<Proposal> people = problem.getProposals();
        List<MatchVacancy> jobs = problem.getVacancies();
        Map<String, Integer> siaeIndex = new LinkedHashMap<>();
        Map<String, Integer> siaeSeats = new HashMap<>();
        for (MatchVacancy v : jobs) {
            siaeIndex.putIfAbsent(v.siaeId(), siaeIndex.size());
            siaeSeats.merge(v.siaeId(), v.seats(), Integer::sum);
        }
        int vacancyBase = people.size();
        int siaeBase = vacancyBase + jobs.size();
        int sink = siaeBase + siaeIndex.size();
        MinCostFlow flow = new MinCostFlow();
        // Every pair the rules allow, measured here (the grid only narrows where to look), not read from the
        // problem's value ranges or its CandidatePairs: the check stays independent of what the planner uses.
        NearbyVacancies nearby = new NearbyVacancies(jobs);
        for (int p = 0; p < people.size(); p++) {
            MatchCandidate candidate = people.get(p).getCandidate();
            flow.setNodeSupply(p, 1);
            flow.addArcWithCapacityAndUnitCost(p, sink, 1, 0);
            int person = p;
            nearby.forEachNear(candidate.position(), candidate.radiusKm(), v -> {
                MatchVacancy vacancy = jobs.get(v);
                if (MatchingRules.allowed(candidate, vacancy)) {
                    flow.addArcWithCapacityAndUnitCost(person, vacancyBase + v, 1,
                            -MatchingRules.matchValue(candidate, vacancy, w));
                }
            });
        }
        for (int i = 0; i < jobs.size(); i++) {
            MatchVacancy v = jobs.get(i);
            flow.addArcWithCapacityAndUnitCost(vacancyBase + i, siaeBase + siaeIndex.get(v.siaeId()), v.seats(), 0);
        }
        long spread = w.softWeight(MatchingWeights.SPREAD);
        siaeIndex.forEach((siae, index) -> {
            int most = Math.min(siaeSeats.get(siae), people.size());
            for (int j = 1; j <= most; j++) {
                flow.addArcWithCapacityAndUnitCost(siaeBase + index, sink, 1, spread * (2L * j - 1));
            }
        });
        flow.setNodeSupply(sink, -people.size());
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools min-cost flow: " + status);
        }
        Map<String, String> assignment = new HashMap<>();
        for (int arc = 0; arc < flow.getNumArcs(); arc++) {
            int tail = flow.getTail(arc);
            int head = flow.getHead(arc);
            if (tail < vacancyBase && head >= vacancyBase && head < siaeBase && flow.getFlow(arc) > 0) {
                assignment.put(people.get(tail).getId(), jobs.get(head - vacancyBase).id());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cost = flow.getOptimalCost();
        flow.delete();
        return new Result(assignment, -cost, millis);
    }
}
