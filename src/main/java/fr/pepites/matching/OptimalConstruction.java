package fr.pepites.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The best proposals for the unpinned people, computed exactly: the score is a min-cost flow (each person sends
 * one unit to a vacancy the hard rules allow, or nowhere; a vacancy passes at most its free seats to its SIAE; an
 * SIAE's n-th proposal costs the spread weight times 2n − 1, so n proposals cost n²), solved by successive
 * shortest paths: people are added one by one, each along the cheapest path of the residual graph (Dijkstra on
 * costs made non-negative by node potentials), which may move people already placed.
 *
 * <p>At national scale the allowed pairs are a hundred million ({@link CandidatePairs} finds them without holding
 * them), and a person's place in the optimum is nearly always among a few pairs. So the flow starts on a small graph:
 * each person's {@link #FIRST_ARCS} best vacancies, and each vacancy's few people who lose least there against their
 * own best. Every other allowed pair is then priced with the potentials of the flow found (column generation, in
 * parallel): a pair whose reduced cost is negative could improve it, and its person's pairs of least reduced cost
 * join the graph. While many people gain pairs, the flow is solved again from the updated potentials; when few do,
 * each joining pair mends the flow through one search ({@link #addArc}). When no pair is negative, the potentials
 * prove the flow optimal over every allowed pair, the ones never added included (the reduced-cost optimality
 * condition of a min-cost flow). Memory stays in proportion to the people and vacancies, not to the pairs.
 *
 * <p>It gives the solver its starting point, proven optimal when the score agrees ({@link
 * OptimalConstructionPhase#proven}): the solve then ends there. Pinned proposals keep their seats, which the
 * others no longer have.
 */
final class OptimalConstruction {

    /** Up to how many people gaining arcs the flow is mended arc by arc rather than solved again. */
    private static final int MENDED = 100;

    /** How many pairs of least reduced cost a person with a negative one gains at each pricing. */
    static final int PRICED_ARCS = 16;

    /**
     * What OR-Tools' min-cost flow takes per arc of the graph, about, on this machine (measured: 5 µs at 30,000 people,
     * 9 µs at 100,000), before a first solve says: a solve that would end after the deadline is not started.
     */
    private static final long ROUTE_NANOS_PER_ARC = 10_000;

    /** How many people per seat (and more) each vacancy has arcs from in the first flow. */
    private static final int PEOPLE_PER_SEAT = 3;

    /** How many of a person's best vacancies the first flow holds. */
    static final int FIRST_ARCS = 8;

    private final List<Proposal> people = new ArrayList<>();
    private final CandidatePairs pairs;
    private final MatchingWeights weights;
    private final List<MatchVacancy> jobs;
    private final int[][] excludedOf;
    private final int[][] arcVacancy;
    private final long[][] arcCost;
    /** How many pairs are allowed for each person: when the graph holds them all, pricing skips the person. */
    private final int[] allowedCount;
    private final int[] freeSeats;
    private final int[] siaeOf;
    private final int[] pinnedPerSiae;
    private final int[][] vacanciesOf;
    private final long spreadWeight;
    private final int vacancyBase;
    private final int siaeBase;
    private final int sink;

    // The flow: where each person is, who holds each vacancy's seats, how many each SIAE has.
    private final int[] assigned;
    private final long[] assignedCost;
    private final int[][] placedAt;
    private final int[] placedCount;
    private final int[] siaeCount;
    private final long[] potential;

    // Dijkstra's working arrays, kept between searches: an indexed binary heap on the distances.
    private final long[] dist;
    private final int[] previous;
    private final int[] heap;
    private final int[] heapIndex;
    private int heapSize;
    private final int[] settled;
    private int settledCount;
    private final int[] unplaced;
    private final int[] unplacedIndex;
    private int unplacedCount;
    /** An arc joined with no path back to its person: the flow is solved again from nothing. */
    private boolean restart;
    /** How long the last flow solved from nothing took. */
    private long lastRouteNanos;
    private final int[] touched;
    private int touchedCount;

    private OptimalConstruction(MatchingProblem problem) {
        pairs = problem.pairs();
        weights = problem.getWeights();
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
        pinnedPerSiae = new int[siaeIndex.size()];
        freeSeats = jobs.stream().mapToInt(MatchVacancy::seats).toArray();
        for (Proposal proposal : problem.getProposals()) {
            if (proposal.isPinned()) {
                if (proposal.getVacancy() != null) {
                    int v = jobIndex.get(proposal.getVacancy());
                    freeSeats[v]--;
                    pinnedPerSiae[siaeOf[v]]++;
                }
            } else {
                people.add(proposal);
            }
        }
        int n = people.size();
        excludedOf = new int[n][];
        for (int p = 0; p < n; p++) {
            Proposal proposal = people.get(p);
            excludedOf[p] = proposal.hasExclusions()
                    ? jobs.stream().filter(proposal::excludes).mapToInt(jobIndex::get).toArray() : new int[0];
        }
        spreadWeight = weights.softWeight(MatchingWeights.SPREAD);
        arcVacancy = new int[n][];
        arcCost = new long[n][];
        allowedCount = new int[n];
        IntStream.range(0, n).parallel().forEach(p -> {
            BestVacancies best = new BestVacancies(FIRST_ARCS);
            int[] allowed = {0};
            forEachPair(p, (v, value) -> {
                allowed[0]++;
                best.offer(v, value);
            });
            setArcs(p, best.vacancies(), best.values());
            allowedCount[p] = allowed[0];
        });
        addBestPeopleOfEachVacancy();
        vacancyBase = n;
        siaeBase = vacancyBase + jobs.size();
        sink = siaeBase + siaeIndex.size();
        List<List<Integer>> bySiae = new ArrayList<>();
        for (int s = 0; s < siaeIndex.size(); s++) {
            bySiae.add(new ArrayList<>());
        }
        for (int v = 0; v < jobs.size(); v++) {
            bySiae.get(siaeOf[v]).add(v);
        }
        vacanciesOf = bySiae.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        assigned = new int[n];
        Arrays.fill(assigned, -1);
        assignedCost = new long[n];
        placedAt = new int[jobs.size()][];
        for (int v = 0; v < jobs.size(); v++) {
            placedAt[v] = new int[Math.max(0, freeSeats[v])];
        }
        placedCount = new int[jobs.size()];
        siaeCount = new int[siaeIndex.size()];
        potential = new long[sink + 1];
        dist = new long[sink + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        previous = new int[sink + 1];
        heap = new int[sink + 1];
        heapIndex = new int[sink + 1];
        Arrays.fill(heapIndex, -1);
        settled = new int[sink + 1];
        unplaced = new int[n];
        unplacedIndex = new int[n];
        touched = new int[sink + 1];
    }

    /**
     * The vacancy of each unpinned person (absent: no proposal), and whether it is the best for the problem's current
     * pins: it is unless the deadline came first, when the proposals are the best of the pairs priced so far (or as
     * far as the first flow got) and the local search goes on from them.
     */
    record Result(Map<Proposal, MatchVacancy> vacancies, boolean complete) {
    }

    /** The best vacancies, or as far as the construction got when {@code deadlineNanos} (nanoTime) passed. */
    static Result solve(MatchingProblem problem, long deadlineNanos) {
        OptimalConstruction flow = new OptimalConstruction(problem);
        boolean complete = false;
        if (flow.route(deadlineNanos)) {
            while (true) {
                Boolean priced = flow.price(deadlineNanos);
                if (priced == null) {
                    break;
                }
                if (priced) {
                    complete = true;
                    break;
                }
                if (flow.restart && !flow.route(deadlineNanos)) {
                    break;
                }
            }
        }
        int[] vacancies = flow.assigned;
        Map<Proposal, MatchVacancy> result = new IdentityHashMap<>();
        for (int p = 0; p < flow.people.size(); p++) {
            if (vacancies[p] >= 0) {
                result.put(flow.people.get(p), flow.jobs.get(vacancies[p]));
                problem.admit(flow.people.get(p), vacancies[p]);
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

    /** Each allowed pair of person {@code p} that no coordinator rejected. */
    private void forEachPair(int p, CandidatePairs.PairConsumer consumer) {
        int[] excluded = excludedOf[p];
        pairs.forEachAllowed(people.get(p).row(), weights, excluded.length == 0 ? consumer : (v, value) -> {
            for (int x : excluded) {
                if (x == v) {
                    return;
                }
            }
            consumer.accept(v, value);
        });
    }

    /**
     * Gives each vacancy arcs from the people for whom it is worth most (a few per seat): without them, a vacancy in
     * nobody's first choices would have no potential worth the name, and pricing would find half the pairs negative.
     */
    private void addBestPeopleOfEachVacancy() {
        int n = people.size();
        // In parallel over slices of people, each keeping its own best; merged in order, a tie goes to the person
        // met first, as in one pass.
        int slices = 4 * Runtime.getRuntime().availableProcessors();
        BestVacancies[] bestPeople = IntStream.range(0, slices).parallel().mapToObj(slice -> {
            BestVacancies[] best = new BestVacancies[jobs.size()];
            for (int v = 0; v < jobs.size(); v++) {
                best[v] = new BestVacancies(PEOPLE_PER_SEAT * Math.max(1, freeSeats[v]) + PEOPLE_PER_SEAT);
            }
            for (int p = (int) ((long) n * slice / slices); p < (long) n * (slice + 1) / slices; p++) {
                int person = p;
                // Ranked by what the person loses there against their best vacancy: the days waited, worth the
                // same everywhere, would otherwise give every vacancy the same few people.
                long own = arcCost[p].length == 0 ? 0 : -arcCost[p][0];
                forEachPair(p, (v, value) -> best[v].offer(person, value - own));
            }
            return best;
        }).reduce((first, then) -> {
            for (int v = 0; v < first.length; v++) {
                first[v].offerAll(then[v]);
            }
            return first;
        }).orElseThrow();
        List<List<long[]>> more = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            more.add(null);
        }
        for (int v = 0; v < jobs.size(); v++) {
            int[] ids = bestPeople[v].vacancies();
            long[] values = bestPeople[v].values();
            for (int i = 0; i < ids.length; i++) {
                if (!CandidatePairs.contains(arcVacancy[ids[i]], v)) {
                    if (more.get(ids[i]) == null) {
                        more.set(ids[i], new ArrayList<>());
                    }
                    more.get(ids[i]).add(new long[] {v, values[i] - arcCost[ids[i]][0]});
                }
            }
        }
        for (int p = 0; p < n; p++) {
            List<long[]> extra = more.get(p);
            if (extra != null) {
                int k = arcVacancy[p].length;
                int[] vacancies = Arrays.copyOf(arcVacancy[p], k + extra.size());
                long[] values = new long[vacancies.length];
                for (int a = 0; a < k; a++) {
                    values[a] = -arcCost[p][a];
                }
                for (int i = 0; i < extra.size(); i++) {
                    vacancies[k + i] = (int) extra.get(i)[0];
                    values[k + i] = extra.get(i)[1];
                }
                setArcs(p, vacancies, values);
            }
        }
    }

    /** Adds these arcs to the person's (those it has already are left as they are). */
    private void joinArcs(int p, int[] vacancies, long[] values) {
        int k = arcVacancy[p].length;
        int[] all = Arrays.copyOf(arcVacancy[p], k + vacancies.length);
        long[] allValues = new long[all.length];
        for (int a = 0; a < k; a++) {
            allValues[a] = -arcCost[p][a];
        }
        int size = k;
        for (int i = 0; i < vacancies.length; i++) {
            if (!CandidatePairs.contains(arcVacancy[p], vacancies[i])) {
                all[size] = vacancies[i];
                allValues[size++] = values[i];
            }
        }
        setArcs(p, Arrays.copyOf(all, size), Arrays.copyOf(allValues, size));
    }

    private void setArcs(int p, int[] vacancies, long[] values) {
        arcVacancy[p] = vacancies;
        arcCost[p] = new long[vacancies.length];
        for (int a = 0; a < vacancies.length; a++) {
            arcCost[p][a] = -values[a];
        }
    }

    /**
     * Solves the flow on the pairs of the graph from nothing, with OR-Tools' min-cost flow (cost scaling, which a
     * graph of a million pairs takes seconds, where successive shortest paths take tens: whole-number values make
     * wide plateaus of equal reduced distance for their searches), then finds potentials proving it optimal over the
     * graph ({@link #exactPotentials}). False, and nothing changed, when the deadline would come first: the solve
     * cannot be stopped midway.
     */
    private boolean route(long deadlineNanos) {
        long begin = System.nanoTime();
        if (!routeFits(deadlineNanos)) {
            return false;
        }
        long arcs = arcCount();
        restart = false;
        Loader.loadNativeLibraries();
        MinCostFlow flow = new MinCostFlow(sink + 1, (int) arcs + people.size() + 2 * jobs.size());
        try {
            int n = people.size();
            int[] firstArc = new int[n];
            for (int p = 0; p < n; p++) {
                flow.setNodeSupply(p, 1);
                firstArc[p] = flow.getNumArcs();
                for (int a = 0; a < arcVacancy[p].length; a++) {
                    flow.addArcWithCapacityAndUnitCost(p, vacancyBase + arcVacancy[p][a], 1, arcCost[p][a]);
                }
                flow.addArcWithCapacityAndUnitCost(p, sink, 1, 0);
            }
            int[] seatsOfSiae = new int[siaeCount.length];
            for (int v = 0; v < jobs.size(); v++) {
                if (freeSeats[v] > 0) {
                    flow.addArcWithCapacityAndUnitCost(vacancyBase + v, siaeBase + siaeOf[v], freeSeats[v], 0);
                    seatsOfSiae[siaeOf[v]] += freeSeats[v];
                }
            }
            // An SIAE's k-th proposal after its pinned ones: unit arcs costing what the spread adds, convex.
            for (int s = 0; s < seatsOfSiae.length; s++) {
                for (int k = 0; k < Math.min(seatsOfSiae[s], n); k++) {
                    flow.addArcWithCapacityAndUnitCost(siaeBase + s, sink, 1,
                            spreadWeight * (2L * (pinnedPerSiae[s] + k) + 1));
                }
            }
            flow.setNodeSupply(sink, -n);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("Min-cost flow of the matching: " + status);
            }
            Arrays.fill(assigned, -1);
            Arrays.fill(placedCount, 0);
            Arrays.fill(unplacedIndex, -1);
            unplacedCount = 0;
            System.arraycopy(pinnedPerSiae, 0, siaeCount, 0, siaeCount.length);
            for (int p = 0; p < n; p++) {
                for (int a = 0; a < arcVacancy[p].length; a++) {
                    if (flow.getFlow(firstArc[p] + a) > 0) {
                        place(p, arcVacancy[p][a]);
                        siaeCount[siaeOf[arcVacancy[p][a]]]++;
                    }
                }
                if (assigned[p] < 0) {
                    addUnplaced(p);
                }
            }
        } finally {
            flow.delete();
        }
        exactPotentials();
        lastRouteNanos = System.nanoTime() - begin;
        return true;
    }

    /** Whether a solve from nothing is expected to end before the deadline (by the last one, or per arc). */
    private boolean routeFits(long deadlineNanos) {
        long expected = Math.max(lastRouteNanos, arcCount() * ROUTE_NANOS_PER_ARC);
        return deadlineNanos == Long.MAX_VALUE || deadlineNanos - System.nanoTime() > expected;
    }

    private long arcCount() {
        return Arrays.stream(arcVacancy).mapToLong(a -> a.length).sum();
    }

    /**
     * Potentials under which no arc of the residual graph has a negative reduced cost: the distances from a root
     * joined to every node at no cost (Bellman-Ford with a queue), which exist because the flow is optimal over
     * the graph (its residual graph has no negative cycle).
     */
    private void exactPotentials() {
        int nodes = sink + 1;
        Arrays.fill(potential, 0);
        int[] queue = new int[nodes];
        boolean[] queued = new boolean[nodes];
        for (int u = 0; u < nodes; u++) {
            queue[u] = u;
            queued[u] = true;
        }
        int head = 0;
        int[] size = {nodes};
        int[] tail = {0};
        while (size[0] > 0) {
            int u = queue[head];
            head = head + 1 == nodes ? 0 : head + 1;
            size[0]--;
            queued[u] = false;
            long du = potential[u];
            forEachResidualArc(u, (to, cost) -> {
                if (du + cost < potential[to]) {
                    potential[to] = du + cost;
                    if (!queued[to]) {
                        queued[to] = true;
                        queue[tail[0]] = to;
                        tail[0] = tail[0] + 1 == nodes ? 0 : tail[0] + 1;
                        size[0]++;
                    }
                }
            });
        }
    }

    @FunctionalInterface
    private interface ResidualArc {
        void accept(int to, long cost);
    }

    /**
     * Prices every allowed pair left out of the graph with the potentials of the flow: true when none has a negative
     * reduced cost (the flow is optimal over them all); false when some did, and the graph changed; null when the
     * deadline came first (the flow is then the best over the pairs the graph holds).
     *
     * <p>Each person with a negative pair gets the {@link #PRICED_ARCS} pairs of least reduced cost (those the
     * potentials say are worth most), and keeps the one in use. While many people do, the flow is solved again from
     * nothing on the grown graph (if that solve can end before the deadline); when few do, the pairs join the graph
     * one by one and the flow is mended as each joins ({@link #addArc}). It ends: the graph only grows.
     */
    private Boolean price(long deadlineNanos) {
        int n = people.size();
        int[][] nextVacancies = new int[n][];
        long[][] nextValues = new long[n][];
        IntStream.range(0, n).parallel().forEach(p -> {
            if (arcVacancy[p].length == allowedCount[p] || System.nanoTime() - deadlineNanos > 0) {
                return;
            }
            long pi = potential[p];
            int inUse = assigned[p];
            BestVacancies best = new BestVacancies(PRICED_ARCS);
            boolean[] negative = {false};
            long[] inUseValue = {0};
            forEachPair(p, (v, value) -> {
                // Ordered by minus the reduced cost; the arc in use may be negative, no other arc of the graph is.
                long reduced = -value + pi - potential[vacancyBase + v];
                if (v == inUse) {
                    inUseValue[0] = value;
                } else {
                    negative[0] |= reduced < 0;
                    best.offer(v, -reduced);
                }
            });
            if (negative[0]) {
                int[] vacancies = best.vacancies();
                long[] values = best.values();
                for (int a = 0; a < vacancies.length; a++) {
                    // Back from minus the reduced cost to the value.
                    values[a] = values[a] + pi - potential[vacancyBase + vacancies[a]];
                }
                if (inUse >= 0) {
                    vacancies = Arrays.copyOf(vacancies, vacancies.length + 1);
                    values = Arrays.copyOf(values, values.length + 1);
                    vacancies[vacancies.length - 1] = inUse;
                    values[values.length - 1] = inUseValue[0];
                }
                nextVacancies[p] = vacancies;
                nextValues[p] = values;
            }
        });
        if (System.nanoTime() - deadlineNanos > 0) {
            return null;
        }
        int joining = (int) Arrays.stream(nextVacancies).filter(java.util.Objects::nonNull).count();
        if (joining == 0) {
            return true;
        }
        if (joining > MENDED && routeFits(deadlineNanos)) {
            restart = true;
            for (int p = 0; p < n; p++) {
                if (nextVacancies[p] != null) {
                    joinArcs(p, nextVacancies[p], nextValues[p]);
                }
            }
            return false;
        }
        for (int p = 0; p < n; p++) {
            if ((p & 63) == 0 && System.nanoTime() - deadlineNanos > 0) {
                return null;
            }
            if (nextVacancies[p] != null) {
                for (int v : nextVacancies[p]) {
                    if (!CandidatePairs.contains(arcVacancy[p], v)) {
                        addArc(p, v);
                    }
                }
            }
        }
        return false;
    }

    /**
     * Adds the arc from person {@code p} to vacancy {@code v} to the graph, keeping the flow optimal over the graph: if
     * its reduced cost is negative, the cheapest path back from the vacancy to the person (Dijkstra; every other arc's
     * reduced cost is non-negative) closes a cycle; when the cycle costs less than nothing the flow goes round it
     * (the person moves to the vacancy, the others along the path move as it says), and the potentials are updated so
     * that no arc of the graph, the new one included, has a negative reduced cost.
     */
    private void addArc(int p, int v) {
        int[] arcs = Arrays.copyOf(arcVacancy[p], arcVacancy[p].length + 1);
        long[] costs = Arrays.copyOf(arcCost[p], arcs.length);
        arcs[arcs.length - 1] = v;
        costs[arcs.length - 1] = -MatchingRules.matchValue(people.get(p).getCandidate(), jobs.get(v), weights);
        arcVacancy[p] = arcs;
        arcCost[p] = costs;
        int node = vacancyBase + v;
        long reduced = costs[arcs.length - 1] + potential[p] - potential[node];
        if (reduced >= 0 || restart) {
            return;
        }
        long back = search(node, p);
        if (back == Long.MAX_VALUE) {
            // No path back: no potentials are updated here; the next round solves the flow again from nothing.
            restart = true;
        } else {
            updatePotentials(back);
            if (reduced + back < 0) {
                applyPath(node, p);
                place(p, v);
            }
        }
        clearSearch();
    }

    /** Dijkstra from {@code source} on the reduced costs until {@code target} is reached: its distance, or MAX. */
    private long search(int source, int target) {
        settledCount = 0;
        relax(source, -1, 0);
        while (heapSize > 0) {
            int u = pop();
            long du = dist[u];
            if (u == target) {
                return du;
            }
            settled[settledCount++] = u;
            expand(u, du);
        }
        return Long.MAX_VALUE;
    }

    /** Relaxes every arc of the residual graph leaving node {@code u}. */
    private void expand(int u, long du) {
        long pu = potential[u];
        forEachResidualArc(u, (to, cost) -> relax(to, u, du + cost + pu - potential[to]));
    }

    /** Each arc of the residual graph leaving node {@code u}, with its cost. */
    private void forEachResidualArc(int u, ResidualArc arc) {
        if (u < vacancyBase) {
            int p = u;
            int[] arcs = arcVacancy[p];
            long[] costs = arcCost[p];
            for (int a = 0; a < arcs.length; a++) {
                int v = arcs[a];
                if (assigned[p] != v) {
                    arc.accept(vacancyBase + v, costs[a]);
                }
            }
            if (assigned[p] >= 0) {
                arc.accept(sink, 0);
            }
        } else if (u < siaeBase) {
            int v = u - vacancyBase;
            if (freeSeats[v] > placedCount[v]) {
                arc.accept(siaeBase + siaeOf[v], 0);
            }
            for (int i = 0; i < placedCount[v]; i++) {
                int p = placedAt[v][i];
                arc.accept(p, -assignedCost[p]);
            }
        } else if (u < sink) {
            int s = u - siaeBase;
            arc.accept(sink, spreadWeight * (2L * siaeCount[s] + 1));
            for (int v : vacanciesOf[s]) {
                if (placedCount[v] > 0) {
                    arc.accept(vacancyBase + v, 0);
                }
            }
        } else {
            // From the sink, back along a flow into it: an SIAE's last proposal, or a person left without one.
            for (int s = 0; s < siaeCount.length; s++) {
                if (siaeCount[s] > pinnedPerSiae[s]) {
                    arc.accept(siaeBase + s, -spreadWeight * (2L * siaeCount[s] - 1));
                }
            }
            for (int i = 0; i < unplacedCount; i++) {
                arc.accept(unplaced[i], 0);
            }
        }
    }

    /** After a search that reached its target at {@code reached}: no arc of the graph gets a negative reduced cost. */
    private void updatePotentials(long reached) {
        for (int i = 0; i < settledCount; i++) {
            int u = settled[i];
            if (dist[u] < reached) {
                potential[u] += dist[u] - reached;
            }
        }
    }

    private void clearSearch() {
        while (heapSize > 0) {
            heapIndex[heap[--heapSize]] = -1;
        }
        for (int i = 0; i < touchedCount; i++) {
            dist[touched[i]] = Long.MAX_VALUE;
        }
        touchedCount = 0;
    }

    private void relax(int node, int from, long distance) {
        if (distance < dist[node]) {
            if (dist[node] == Long.MAX_VALUE) {
                touched[touchedCount++] = node;
            }
            dist[node] = distance;
            previous[node] = from;
            if (heapIndex[node] < 0) {
                heapIndex[node] = heapSize;
                heap[heapSize++] = node;
            }
            siftUp(heapIndex[node]);
        }
    }

    private int pop() {
        int top = heap[0];
        heapIndex[top] = -1;
        heapSize--;
        if (heapSize > 0) {
            heap[0] = heap[heapSize];
            heapIndex[heap[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    /**
     * Whether node {@code a} comes out of the heap before {@code b}: the nearer first, and the sink first among equals
     * (whole-number values give wide plateaus of equal reduced distance; the search ends as soon as the sink comes out).
     */
    private boolean before(int a, int b) {
        return dist[a] < dist[b] || (dist[a] == dist[b] && a == sink);
    }

    private void siftUp(int i) {
        int node = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(node, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            heapIndex[heap[i]] = i;
            i = parent;
        }
        heap[i] = node;
        heapIndex[node] = i;
    }

    private void siftDown(int i) {
        int node = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], node)) {
                break;
            }
            heap[i] = heap[child];
            heapIndex[heap[i]] = i;
            i = child;
        }
        heap[i] = node;
        heapIndex[node] = i;
    }

    /**
     * Applies the path found from {@code source} to {@code target}, walking it back from the target: a seat is freed
     * (a person moved out) before it is taken (the person before them on the path moves in).
     */
    private void applyPath(int source, int target) {
        int to = target;
        int from = previous[target];
        while (true) {
            if (from < vacancyBase) {
                if (to == sink) {
                    assigned[from] = -1;
                    addUnplaced(from);
                } else {
                    place(from, to - vacancyBase);
                }
            } else if (from < siaeBase) {
                if (to < vacancyBase) {
                    unplace(to, from - vacancyBase);
                }
            } else if (from < sink) {
                if (to == sink) {
                    siaeCount[from - siaeBase]++;
                }
            } else if (to < vacancyBase) {
                removeUnplaced(to);
            } else {
                siaeCount[to - siaeBase]--;
            }
            if (from == source) {
                break;
            }
            to = from;
            from = previous[from];
        }
    }

    private void addUnplaced(int p) {
        unplacedIndex[p] = unplacedCount;
        unplaced[unplacedCount++] = p;
    }

    private void removeUnplaced(int p) {
        int i = unplacedIndex[p];
        int last = unplaced[--unplacedCount];
        unplaced[i] = last;
        unplacedIndex[last] = i;
        unplacedIndex[p] = -1;
    }

    private void place(int p, int v) {
        assigned[p] = v;
        placedAt[v][placedCount[v]++] = p;
        int[] arcs = arcVacancy[p];
        for (int a = 0; a < arcs.length; a++) {
            if (arcs[a] == v) {
                assignedCost[p] = arcCost[p][a];
            }
        }
    }

    /** Person {@code p} leaves vacancy {@code v}; walking back, their next place is already set. */
    private void unplace(int p, int v) {
        int[] at = placedAt[v];
        for (int i = 0; i < placedCount[v]; i++) {
            if (at[i] == p) {
                at[i] = at[--placedCount[v]];
                break;
            }
        }
        if (assigned[p] == v) {
            assigned[p] = -1;
        }
    }
}
