package fr.pepites.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The best proposals for the unpinned people, computed exactly: the score is a min-cost flow (each person sends
 * one unit to a vacancy the hard rules allow, or nowhere; a vacancy passes at most its free seats to its SIAE; an
 * SIAE's n-th proposal costs the spread weight times 2n − 1, so n proposals cost n²), solved by successive
 * shortest paths: people are added one by one, each along the cheapest path of the residual graph (Dijkstra on
 * costs made non-negative by node potentials), which may move people already placed. The graph is local (a
 * person reaches only the jobs within their radius), so each search stays small.
 *
 * <p>It gives the solver its starting point, proven optimal when the score agrees ({@link
 * OptimalConstructionPhase#proven}): the solve then ends there. Pinned proposals keep their seats, which the
 * others no longer have.
 */
final class OptimalConstruction {

    private final List<Proposal> people = new ArrayList<>();
    private final List<MatchVacancy> jobs;
    private final int[][] arcVacancy;
    private final long[][] arcCost;
    private final int[] freeSeats;
    private final int[] siaeOf;
    private final int[] siaeCount;
    private final long spreadWeight;
    private final int[] assigned;
    private final long[] assignedCost;
    private final List<List<Integer>> placedAt;
    private final List<List<Integer>> vacanciesOf;
    private final long[] potential;
    private final int vacancyBase;
    private final int siaeBase;
    private final int sink;

    private OptimalConstruction(MatchingProblem problem) {
        jobs = problem.getVacancies();
        Map<MatchVacancy, Integer> jobIndex = new IdentityHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            jobIndex.put(jobs.get(i), i);
        }
        Map<String, Integer> siaeIndex = new HashMap<>();
        siaeOf = new int[jobs.size()];
        for (int i = 0; i < jobs.size(); i++) {
            siaeOf[i] = siaeIndex.computeIfAbsent(jobs.get(i).siaeId(), k -> siaeIndex.size());
        }
        siaeCount = new int[siaeIndex.size()];
        freeSeats = jobs.stream().mapToInt(MatchVacancy::seats).toArray();
        for (Proposal proposal : problem.getProposals()) {
            if (proposal.isPinned()) {
                if (proposal.getVacancy() != null) {
                    int v = jobIndex.get(proposal.getVacancy());
                    freeSeats[v]--;
                    siaeCount[siaeOf[v]]++;
                }
            } else {
                people.add(proposal);
            }
        }
        MatchingWeights weights = problem.getWeights();
        spreadWeight = weights.softWeight(MatchingWeights.SPREAD);
        arcVacancy = new int[people.size()][];
        arcCost = new long[people.size()][];
        for (int p = 0; p < people.size(); p++) {
            MatchCandidate candidate = people.get(p).getCandidate();
            int[] reachable = people.get(p).getReachableSeats().stream().map(Seat::vacancy).distinct()
                    .mapToInt(jobIndex::get).toArray();
            arcVacancy[p] = reachable;
            arcCost[p] = new long[reachable.length];
            for (int a = 0; a < reachable.length; a++) {
                arcCost[p][a] = -MatchingRules.matchValue(candidate, jobs.get(reachable[a]), weights);
            }
        }
        vacancyBase = people.size();
        siaeBase = vacancyBase + jobs.size();
        sink = siaeBase + siaeCount.length;
        assigned = new int[people.size()];
        Arrays.fill(assigned, -1);
        assignedCost = new long[people.size()];
        placedAt = new ArrayList<>(jobs.size());
        for (int v = 0; v < jobs.size(); v++) {
            placedAt.add(new ArrayList<>());
        }
        vacanciesOf = new ArrayList<>(siaeCount.length);
        for (int s = 0; s < siaeCount.length; s++) {
            vacanciesOf.add(new ArrayList<>());
        }
        for (int v = 0; v < jobs.size(); v++) {
            vacanciesOf.get(siaeOf[v]).add(v);
        }
        potential = initialPotentials();
    }

    /**
     * The vacancy of each unpinned person (absent: no proposal), and whether it is the best for the problem's current
     * pins: it is unless the deadline came first, when the people routed so far are best among themselves and the
     * others wait for the local search.
     */
    record Result(Map<Proposal, MatchVacancy> vacancies, boolean complete) {
    }

    /** The best vacancies, or as far as the construction got when {@code deadlineNanos} (nanoTime) passed. */
    static Result solve(MatchingProblem problem, long deadlineNanos) {
        OptimalConstruction flow = new OptimalConstruction(problem);
        boolean complete = true;
        for (int p = 0; p < flow.people.size(); p++) {
            if ((p & 63) == 0 && System.nanoTime() - deadlineNanos > 0) {
                complete = false;
                break;
            }
            flow.augmentFrom(p);
        }
        Map<Proposal, MatchVacancy> result = new IdentityHashMap<>();
        for (int p = 0; p < flow.people.size(); p++) {
            if (flow.assigned[p] >= 0) {
                result.put(flow.people.get(p), flow.jobs.get(flow.assigned[p]));
            }
        }
        return new Result(result, complete);
    }

    /** The best vacancies, however long it takes. */
    static Map<Proposal, MatchVacancy> solve(MatchingProblem problem) {
        return solve(problem, Long.MAX_VALUE).vacancies();
    }

    /**
     * What the flow counts for the problem's current proposals, pinned ones included: each proposal's
     * {@link MatchingRules#matchValue}, minus the spread weight times the square of each SIAE's proposals. The soft
     * score has this value exactly when the constraints are those the flow models.
     */
    static long value(MatchingProblem problem) {
        MatchingWeights weights = problem.getWeights();
        long value = 0;
        Map<String, Long> perSiae = new HashMap<>();
        for (Proposal p : problem.getProposals()) {
            if (p.getVacancy() != null) {
                value += MatchingRules.matchValue(p.getCandidate(), p.getVacancy(), weights);
                perSiae.merge(p.getVacancy().siaeId(), 1L, Long::sum);
            }
        }
        long spread = weights.softWeight(MatchingWeights.SPREAD);
        for (long n : perSiae.values()) {
            value -= spread * n * n;
        }
        return value;
    }

    /** Potentials making every arc's reduced cost non-negative before any flow: see the class comment. */
    private long[] initialPotentials() {
        long[] pi = new long[sink + 1];
        for (int p = 0; p < people.size(); p++) {
            for (int a = 0; a < arcVacancy[p].length; a++) {
                int node = vacancyBase + arcVacancy[p][a];
                pi[node] = Math.min(pi[node], arcCost[p][a]);
            }
        }
        long lowest = 0;
        for (int s = 0; s < siaeCount.length; s++) {
            long min = 0;
            for (int v : vacanciesOf.get(s)) {
                min = Math.min(min, pi[vacancyBase + v]);
            }
            pi[siaeBase + s] = min;
            lowest = Math.min(lowest, min);
        }
        pi[sink] = lowest;
        return pi;
    }

    private long[] dist;
    private int[] previous;
    private final List<Integer> touched = new ArrayList<>();

    /** Routes person {@code start} along the cheapest path to the sink, moving others as the path says. */
    private void augmentFrom(int start) {
        if (dist == null) {
            dist = new long[sink + 1];
            Arrays.fill(dist, Long.MAX_VALUE);
            previous = new int[sink + 1];
        }
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        List<Integer> done = new ArrayList<>();
        relax(start, -1, 0, queue);
        long toSink = Long.MAX_VALUE;
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) {
                continue;
            }
            if (u == sink) {
                toSink = top[0];
                break;
            }
            done.add(u);
            long du = top[0];
            if (u < vacancyBase) {
                int p = u;
                for (int a = 0; a < arcVacancy[p].length; a++) {
                    int v = arcVacancy[p][a];
                    if (assigned[p] != v) {
                        int node = vacancyBase + v;
                        relax(node, u, du + arcCost[p][a] + potential[u] - potential[node], queue);
                    }
                }
                relax(sink, u, du + potential[u] - potential[sink], queue);
            } else if (u < siaeBase) {
                int v = u - vacancyBase;
                if (freeSeats[v] > placedAt.get(v).size()) {
                    int node = siaeBase + siaeOf[v];
                    relax(node, u, du + potential[u] - potential[node], queue);
                }
                for (int p : placedAt.get(v)) {
                    relax(p, u, du - assignedCost[p] + potential[u] - potential[p], queue);
                }
            } else {
                int s = u - siaeBase;
                long next = spreadWeight * (2L * siaeCount[s] + 1);
                relax(sink, u, du + next + potential[u] - potential[sink], queue);
                for (int v : vacanciesOf.get(s)) {
                    if (!placedAt.get(v).isEmpty()) {
                        int node = vacancyBase + v;
                        relax(node, u, du + potential[u] - potential[node], queue);
                    }
                }
            }
        }
        applyPath(start);
        for (int u : done) {
            if (dist[u] < toSink) {
                potential[u] += dist[u] - toSink;
            }
        }
        for (int u : touched) {
            dist[u] = Long.MAX_VALUE;
        }
        touched.clear();
    }

    private void relax(int node, int from, long distance, PriorityQueue<long[]> queue) {
        if (distance < dist[node]) {
            if (dist[node] == Long.MAX_VALUE) {
                touched.add(node);
            }
            dist[node] = distance;
            previous[node] = from;
            queue.add(new long[] {distance, node});
        }
    }

    /** Applies the path found, from the person who started it to the sink. */
    private void applyPath(int start) {
        List<Integer> path = new ArrayList<>();
        for (int node = sink; node != start; node = previous[node]) {
            path.add(node);
        }
        path.add(start);
        for (int i = path.size() - 1; i > 0; i--) {
            int from = path.get(i);
            int to = path.get(i - 1);
            if (from < vacancyBase) {
                if (to == sink) {
                    assigned[from] = -1;
                } else {
                    place(from, to - vacancyBase);
                }
            } else if (from < siaeBase) {
                if (to < vacancyBase) {
                    placedAt.get(from - vacancyBase).remove(Integer.valueOf(to));
                    assigned[to] = -1;
                }
            } else if (to == sink) {
                siaeCount[from - siaeBase]++;
            }
        }
    }

    private void place(int p, int v) {
        assigned[p] = v;
        placedAt.get(v).add(p);
        for (int a = 0; a < arcVacancy[p].length; a++) {
            if (arcVacancy[p][a] == v) {
                assignedCost[p] = arcCost[p][a];
            }
        }
    }
}
