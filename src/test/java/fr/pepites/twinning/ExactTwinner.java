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
import java.util.List;
import java.util.Map;

/**
 * The twinning score's optimum (or its best bound) from OR-Tools CP-SAT on the same model, for the benchmark: one
 * boolean per request and possible four days at a tiers-lieu ({@link Schedules}), at most one per request; the
 * participants of a day within its seats left, the days of a week within the weekly room; minimise a weight above
 * every soft total times the requests left unplaced, plus travel, later dates, 15 × n² per tiers-lieu, minus the
 * bonus of a tiers-lieu new to the SIAE. The benchmark re-scores its placement with the planner's own score.
 */
final class ExactTwinner {

    record Result(Map<String, Schedules.Option> placement, String status, long objective, long bound, long big,
            long millis) {
    }

    private ExactTwinner() {
    }

    static Result solve(TwinningPlan plan, double seconds, int workers) {
        Loader.loadNativeLibraries();
        long begin = System.nanoTime();
        CpModel model = new CpModel();
        List<Placement> requests = plan.getPlacements();
        Map<Placement, List<Schedules.Option>> options = new HashMap<>();
        Map<Placement, List<Literal>> chosen = new HashMap<>();
        Map<String, LinearExprBuilder> seats = new HashMap<>();
        Map<String, Integer> seatLimit = new HashMap<>();
        Map<String, LinearExprBuilder> weeks = new HashMap<>();
        Map<String, Integer> weekLimit = new HashMap<>();
        Map<Host, LinearExprBuilder> perHost = new HashMap<>();
        LinearExprBuilder cost = LinearExpr.newBuilder();
        long big = 1 + TwinningWeights.BALANCE_PER_TWINNING * (long) requests.size() * requests.size();
        LinearExprBuilder unplaced = LinearExpr.newBuilder();
        for (Placement p : requests) {
            List<Schedules.Option> list = Schedules.of(p);
            options.put(p, list);
            List<Literal> literals = new ArrayList<>();
            long worst = 0;
            for (Schedules.Option o : list) {
                Literal x = model.newBoolVar(p.getId() + "@" + o.host().id() + "@" + o.start());
                literals.add(x);
                long c = TwinningWeights.TRAVEL_PER_KM_AND_PARTICIPANT * TwinningRules.distanceKm(p, o.host())
                        * p.getParticipants() + TwinningWeights.LATER_PER_DAY
                        * TwinningRules.daysAfterEarliest(p, o.days())
                        - (p.getKnownHosts().contains(o.host().id()) ? 0 : TwinningWeights.NEW_HOST_BONUS);
                worst = Math.max(worst, Math.abs(c));
                cost.addTerm(x, c);
                perHost.computeIfAbsent(o.host(), h -> LinearExpr.newBuilder()).add(x);
                Map<LocalDate, Integer> daysPerWeek = new HashMap<>();
                for (LocalDate d : o.days()) {
                    String key = o.host().id() + d;
                    seats.computeIfAbsent(key, k -> LinearExpr.newBuilder()).addTerm(x, p.getParticipants());
                    seatLimit.put(key, o.host().seatsLeft(d));
                    daysPerWeek.merge(Host.weekOf(d), 1, Integer::sum);
                }
                daysPerWeek.forEach((week, n) -> {
                    String key = o.host().id() + week;
                    weeks.computeIfAbsent(key, k -> LinearExpr.newBuilder()).addTerm(x, n);
                    weekLimit.put(key, o.host().daysLeftInWeekOf(week));
                });
            }
            big += worst;
            chosen.put(p, literals);
            model.addAtMostOne(literals);
            IntVar none = model.newBoolVar(p.getId() + " unplaced");
            LinearExprBuilder one = LinearExpr.newBuilder().add(none);
            literals.forEach(one::add);
            model.addEquality(one, 1);
            unplaced.add(none);
        }
        seats.forEach((key, expr) -> model.addLessOrEqual(expr, seatLimit.get(key)));
        weeks.forEach((key, expr) -> model.addLessOrEqual(expr, weekLimit.get(key)));
        LinearExprBuilder balance = LinearExpr.newBuilder();
        perHost.forEach((host, expr) -> {
            IntVar n = model.newIntVar(0, requests.size(), host.id() + " n");
            model.addEquality(n, expr);
            IntVar square = model.newIntVar(0, (long) requests.size() * requests.size(), host.id() + " n²");
            model.addMultiplicationEquality(square, n, n);
            balance.addTerm(square, TwinningWeights.BALANCE_PER_TWINNING);
        });
        LinearExprBuilder objective = LinearExpr.newBuilder();
        objective.addTerm(unplaced.build(), big);
        objective.add(cost.build());
        objective.add(balance.build());
        model.minimize(objective);

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds);
        solver.getParameters().setNumWorkers(workers);
        CpSolverStatus status = solver.solve(model);
        Map<String, Schedules.Option> placement = new HashMap<>();
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            for (Placement p : requests) {
                List<Literal> literals = chosen.get(p);
                for (int i = 0; i < literals.size(); i++) {
                    if (solver.booleanValue(literals.get(i))) {
                        placement.put(p.getId(), options.get(p).get(i));
                    }
                }
            }
        }
        return new Result(placement, status.name(), Math.round(solver.objectiveValue()),
                Math.round(solver.bestObjectiveBound()), big, (System.nanoTime() - begin) / 1_000_000);
    }

    /** Puts a placement into the plan. */
    static void apply(TwinningPlan plan, Map<String, Schedules.Option> placement) {
        for (Placement p : plan.getPlacements()) {
            Schedules.Option o = placement.get(p.getId());
            p.setHost(o == null ? null : o.host());
            if (o != null) {
                p.setStart(o.start());
            }
        }
    }
}
