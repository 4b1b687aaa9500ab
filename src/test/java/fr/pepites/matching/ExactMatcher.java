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
        Map<MatchVacancy, Integer> vacancyNode = new HashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            vacancyNode.put(jobs.get(i), vacancyBase + i);
        }
        MinCostFlow flow = new MinCostFlow();
        List<int[]> pairArcs = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            Proposal proposal = people.get(p);
            flow.setNodeSupply(p, 1);
            flow.addArcWithCapacityAndUnitCost(p, sink, 1, 0);
            List<MatchVacancy> allowed = proposal.getReachableSeats().stream().map(Seat::vacancy).distinct().toList();
            for (MatchVacancy v : allowed) {
                int arc = flow.addArcWithCapacityAndUnitCost(p, vacancyNode.get(v), 1,
                        -MatchingRules.matchValue(proposal.getCandidate(), v, w));
                pairArcs.add(new int[] {arc, p, vacancyNode.get(v) - vacancyBase});
            }
        }
        for (MatchVacancy v : jobs) {
            flow.addArcWithCapacityAndUnitCost(vacancyNode.get(v), siaeBase + siaeIndex.get(v.siaeId()), v.seats(), 0);
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
        for (int[] arc : pairArcs) {
            if (flow.getFlow(arc[0]) > 0) {
                assignment.put(people.get(arc[1]).getId(), jobs.get(arc[2]).id());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(assignment, -flow.getOptimalCost(), millis);
    }
}
