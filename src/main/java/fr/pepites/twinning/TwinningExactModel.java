package fr.pepites.twinning;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The twinning score as an integer program, solved by OR-Tools CP-SAT: one boolean per unpinned request and possible
 * four days at a tiers-lieu ({@link Schedules}: every start the rules allow), at most one per request; the
 * participants of a day within its seats left, the days of a week within the weekly room (both after what the pinned
 * requests hold); minimise a weight above every soft total times the requests left unplaced, plus the soft costs of
 * {@link TwinningConstructionPhase#cost} and {@link TwinningWeights#BALANCE_PER_TWINNING} × n² per tiers-lieu (the
 * pinned requests counted in n). Its optimum is the planner's: {@link TwinningExactPhase} checks it against the
 * constraint streams before it says so.
 */
public final class TwinningExactModel {

    /**
     * What CP-SAT found: each unpinned request's four days (absent: unplaced), whether they are proven optimal, and
     * the soft total and requests left unplaced that its objective counts for them (pinned requests aside).
     */
    public record Result(Map<Placement, Schedules.Option> placement, boolean found, boolean optimal, long softCost,
            long unplaced, String status, long objective, long bound, long big, long millis) {
    }

    private TwinningExactModel() {
    }

    /**
     * Solves the plan's unpinned requests for at most {@code seconds} with {@code workers} threads, starting from the
     * given placement (a hint: CP-SAT improves on it).
     */
    public static Result solve(TwinningPlan plan, double seconds, int workers, Map<Placement, Schedules.Option> hint) {
        Loader.loadNativeLibraries();
        long begin = System.nanoTime();
        CpModel model = new CpModel();
        List<Placement> open = plan.getPlacements().stream().filter(p -> !p.isPinned()).toList();
        Map<String, Integer> seatsHeld = new HashMap<>();
        Map<String, Integer> daysHeld = new HashMap<>();
        Map<Host, Integer> pinnedAt = new HashMap<>();
        for (Placement p : plan.getPlacements()) {
            if (p.isPinned() && p.getHost() != null) {
                p.days().ifPresent(days -> {
                    for (LocalDate d : days) {
                        seatsHeld.merge(p.getHost().id() + d, p.getParticipants(), Integer::sum);
                        daysHeld.merge(p.getHost().id() + Host.weekOf(d), 1, Integer::sum);
                    }
                    pinnedAt.merge(p.getHost(), 1, Integer::sum);
                });
            }
        }
        Map<Placement, List<Schedules.Option>> options = new LinkedHashMap<>();
        Map<Placement, List<Literal>> chosen = new HashMap<>();
        Map<String, LinearExprBuilder> seats = new LinkedHashMap<>();
        Map<String, Integer> seatLimit = new HashMap<>();
        Map<String, LinearExprBuilder> weeks = new LinkedHashMap<>();
        Map<String, Integer> weekLimit = new HashMap<>();
        Map<Host, LinearExprBuilder> perHost = new LinkedHashMap<>();
        LinearExprBuilder cost = LinearExpr.newBuilder();
        LinearExprBuilder unplaced = LinearExpr.newBuilder();
        int most = open.size() + pinnedAt.values().stream().mapToInt(Integer::intValue).sum();
        long big = 1 + TwinningWeights.BALANCE_PER_TWINNING * (long) most * most;
        Map<Placement, Literal> none = new HashMap<>();
        for (Placement p : open) {
            List<Schedules.Option> list = Schedules.of(p);
            options.put(p, list);
            List<Literal> literals = new ArrayList<>();
            long worst = 0;
            for (Schedules.Option o : list) {
                Literal x = model.newBoolVar(p.getId() + "@" + o.host().id() + "@" + o.start());
                literals.add(x);
                long c = TwinningConstructionPhase.cost(p, o);
                worst = Math.max(worst, Math.abs(c));
                cost.addTerm(x, c);
                perHost.computeIfAbsent(o.host(), h -> LinearExpr.newBuilder()).add(x);
                Map<LocalDate, Integer> daysPerWeek = new HashMap<>();
                for (LocalDate d : o.days()) {
                    String key = o.host().id() + d;
                    seats.computeIfAbsent(key, k -> LinearExpr.newBuilder()).addTerm(x, p.getParticipants());
                    seatLimit.put(key, o.host().seatsLeft(d) - seatsHeld.getOrDefault(key, 0));
                    daysPerWeek.merge(Host.weekOf(d), 1, Integer::sum);
                }
                daysPerWeek.forEach((week, n) -> {
                    String key = o.host().id() + week;
                    weeks.computeIfAbsent(key, k -> LinearExpr.newBuilder()).addTerm(x, n);
                    weekLimit.put(key, o.host().daysLeftInWeekOf(week) - daysHeld.getOrDefault(key, 0));
                });
            }
            big += worst;
            chosen.put(p, literals);
            Literal left = model.newBoolVar(p.getId() + " unplaced");
            none.put(p, left);
            LinearExprBuilder one = LinearExpr.newBuilder().add(left);
            literals.forEach(one::add);
            model.addEquality(one, 1);
            unplaced.add(left);
        }
        seats.forEach((key, expr) -> model.addLessOrEqual(expr, Math.max(0, seatLimit.get(key))));
        weeks.forEach((key, expr) -> model.addLessOrEqual(expr, Math.max(0, weekLimit.get(key))));
        LinearExprBuilder balance = LinearExpr.newBuilder();
        perHost.forEach((host, expr) -> {
            int pinned = pinnedAt.getOrDefault(host, 0);
            IntVar n = model.newIntVar(pinned, most, host.id() + " n");
            model.addEquality(n, expr.add(pinned));
            IntVar square = model.newIntVar(0, (long) most * most, host.id() + " n²");
            model.addMultiplicationEquality(square, n, n);
            balance.addTerm(square, TwinningWeights.BALANCE_PER_TWINNING);
        });
        LinearExprBuilder objective = LinearExpr.newBuilder();
        objective.addTerm(unplaced.build(), big);
        objective.add(cost.build());
        objective.add(balance.build());
        model.minimize(objective);
        hint.forEach((p, o) -> {
            List<Schedules.Option> list = options.get(p);
            int i = list == null ? -1 : list.indexOf(o);
            if (i >= 0) {
                model.addHint(chosen.get(p).get(i), true);
                model.addHint(none.get(p), false);
            }
        });

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds);
        solver.getParameters().setNumWorkers(workers);
        CpSolverStatus status = solver.solve(model);
        Map<Placement, Schedules.Option> placement = new HashMap<>();
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        long left = 0;
        if (found) {
            for (Placement p : open) {
                List<Literal> literals = chosen.get(p);
                for (int i = 0; i < literals.size(); i++) {
                    if (solver.booleanValue(literals.get(i))) {
                        placement.put(p, options.get(p).get(i));
                    }
                }
                left += placement.containsKey(p) ? 0 : 1;
            }
        }
        long objectiveValue = Math.round(solver.objectiveValue());
        return new Result(placement, found, status == CpSolverStatus.OPTIMAL, objectiveValue - big * left, left,
                status.name(), objectiveValue, Math.round(solver.bestObjectiveBound()), big,
                (System.nanoTime() - begin) / 1_000_000);
    }
}
