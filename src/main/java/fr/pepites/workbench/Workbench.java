package fr.pepites.workbench;

import fr.pepites.common.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The machinery of a solve workbench, shared by matching and twinnings: one solve at a time for the whole platform,
 * seen by every coordinator, its progress told to subscribers as it improves, stopped on request; then each proposal
 * explained, accepted (checked again against the current data, in one transaction), rejected or pinned, and the rest
 * solved again. The feature's {@link SolveProblem} knows the problem; roles are checked by the feature's service.
 */
public final class Workbench<S> {

    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);
    private static final long PROBLEM_ID = 1L;

    private final SolverManager<S, Long> solverManager;
    private final SolveProblem<S> problem;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final List<Consumer<SolveRun>> listeners = new CopyOnWriteArrayList<>();

    // The current run and its results, shared by every coordinator; guarded by this.
    private SolveRun run;
    private S best;
    private final Map<String, WorkbenchRow.Decision> decisions = new HashMap<>();
    private List<WorkbenchRow> rows = List.of();
    private boolean stopRequested;

    public Workbench(SolverManager<S, Long> solverManager, SolveProblem<S> problem,
            PlatformTransactionManager transactions) {
        this.solverManager = solverManager;
        this.problem = problem;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public synchronized Optional<SolveRun> current() {
        return Optional.ofNullable(run);
    }

    public synchronized List<WorkbenchRow> proposals() {
        return rows;
    }

    public Runnable subscribe(Consumer<SolveRun> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Starts a solve over the current data; refused while another one runs or when there is nothing to solve. */
    public synchronized SolveRun start(String by) {
        requireNotRunning();
        S fresh = readOnly.execute(status -> problem.build());
        Optional<String> nothing = problem.nothingToSolve(fresh);
        if (nothing.isPresent()) {
            throw InvalidInputException.of("", nothing.get());
        }
        decisions.clear();
        rows = List.of();
        launch(fresh, by);
        return run;
    }

    /** Solves again what was not accepted nor pinned, without the rejected proposals. */
    public synchronized SolveRun resolve(String by) {
        requireNotRunning();
        if (best == null) {
            throw InvalidInputException.of("", "Lancez d'abord un calcul.");
        }
        for (Map.Entry<String, WorkbenchRow.Decision> decision : new ArrayList<>(decisions.entrySet())) {
            if (decision.getValue() == WorkbenchRow.Decision.ACCEPTED) {
                problem.pin(best, decision.getKey(), true);
            } else if (decision.getValue() == WorkbenchRow.Decision.REJECTED) {
                problem.reject(best, decision.getKey());
                decisions.remove(decision.getKey());
            }
        }
        launch(best, by);
        return run;
    }

    /** Stops the running solve; its best proposals so far are kept. */
    public void stop() {
        synchronized (this) {
            if (run == null || !run.running()) {
                return;
            }
            stopRequested = true;
        }
        // Outside the lock: this waits for the solver's end, whose last steps take the lock.
        solverManager.terminateEarly(PROBLEM_ID);
    }

    /** Counts the solves of each feature's workbench ({@code pepites.solver.runs}, tagged by feature). */
    private void countRun() {
        String feature = problem.getClass().getPackageName();
        io.micrometer.core.instrument.Metrics.counter("pepites.solver.runs", "feature",
                feature.substring(feature.lastIndexOf('.') + 1)).increment();
    }

    private void launch(S toSolve, String by) {
        countRun();
        stopRequested = false;
        run = SolveRun.started(by, problem.subjects(toSolve), problem.resources(toSolve));
        publish();
        solverManager.solveAndListen(PROBLEM_ID, id -> toSolve, this::improved, this::finished, this::failed);
    }

    private synchronized void improved(S solution) {
        best = solution;
        run = run.improved(problem.score(solution), problem.placed(solution));
        publish();
    }

    private synchronized void finished(S solution) {
        best = solution;
        rows = problem.explain(solution, decisions);
        run = run.improved(problem.score(solution), problem.placed(solution))
                .ended(stopRequested ? SolveRun.Status.STOPPED : SolveRun.Status.FINISHED);
        publish();
    }

    private synchronized void failed(Long problemId, Throwable error) {
        LOG.error("Solve failed", error);
        run = run.ended(SolveRun.Status.FAILED);
        publish();
    }

    private void publish() {
        SolveRun snapshot = run;
        listeners.forEach(listener -> listener.accept(snapshot));
    }

    /** Accepts these proposals in one transaction; those the current data no longer allow are refused, with why. */
    public synchronized Acceptance accept(Collection<String> ids) {
        requireFinished();
        List<String> refused = new ArrayList<>();
        List<String> open = ids.stream().filter(id -> problem.hasProposal(best, id)
                && decisions.get(id) != WorkbenchRow.Decision.ACCEPTED).toList();
        List<String> sent = transaction.execute(status -> problem.accept(best, open, refused));
        sent.forEach(id -> decisions.put(id, WorkbenchRow.Decision.ACCEPTED));
        rows = problem.explain(best, decisions);
        publish();
        return new Acceptance(sent.size(), refused);
    }

    /** Rejects these proposals: the next re-solve will not make them again. */
    public synchronized void reject(Collection<String> ids) {
        requireFinished();
        for (String id : ids) {
            if (problem.hasProposal(best, id) && decisions.get(id) != WorkbenchRow.Decision.ACCEPTED) {
                decisions.put(id, WorkbenchRow.Decision.REJECTED);
            }
        }
        rows = problem.explain(best, decisions);
        publish();
    }

    /** Pins (or unpins) these proposals: a re-solve keeps them as they are. */
    public synchronized void pin(Collection<String> ids, boolean pinned) {
        requireFinished();
        for (String id : ids) {
            if (decisions.get(id) != WorkbenchRow.Decision.ACCEPTED) {
                problem.pin(best, id, pinned);
            }
        }
        rows = problem.explain(best, decisions);
        publish();
    }

    private void requireNotRunning() {
        if (run != null && run.running()) {
            throw InvalidInputException.of("", "Un calcul est déjà en cours (lancé par " + run.startedBy()
                    + ") : attendez sa fin ou arrêtez-le.");
        }
    }

    private void requireFinished() {
        requireNotRunning();
        if (best == null || run == null) {
            throw InvalidInputException.of("", "Lancez d'abord un calcul.");
        }
    }
}
