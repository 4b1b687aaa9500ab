package fr.pepites.workbench;

import fr.pepites.common.InvalidInputException;
import io.micrometer.core.instrument.Metrics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The machinery of a solve workbench, shared by matching and twinnings: one solve at a time for the whole platform,
 * seen by every coordinator on every node, its progress told to subscribers as it improves, stopped on request;
 * then each proposal explained, accepted (checked again against the current data, in one transaction), rejected or
 * pinned, and the rest solved again. The feature's {@link SolveProblem} knows the problem; roles are checked by the
 * feature's service.
 *
 * <p>The run and each subject's proposal and decision live in the database ({@link WorkbenchStore}); the node that
 * solves writes them as the solve improves and at its end. A node shows the proposals by building the problem from
 * the current data and giving it back the kept proposals, rejections and pins: the same lines on every node and
 * after a restart. It keeps what it built until the proposals or decisions change.
 */
public final class Workbench<S> {

    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);
    /** Each solve's id in the solver manager: never one of an earlier solve still winding down. */
    private static final AtomicLong PROBLEM_IDS = new AtomicLong();
    /** While solving, the best proposals so far are written every this many ticks (seconds). */
    private static final int PROPOSALS_EVERY = 10;
    /** How long a stop waits for the solver to tell the end of a job it may never have started. */
    private static final long END_GRACE_MILLIS = 5_000;

    private final String feature;
    private final SolverManager<S, Long> solverManager;
    private final SolveProblem<S> problem;
    private final WorkbenchStore store;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final List<Consumer<SolveRun>> listeners = new CopyOnWriteArrayList<>();

    // The solve this node runs, if any, and its id in the solver manager; guarded by this.
    private SolveRun solving;
    private long solvingId;
    private SolverJob<S, Long> job;
    private S best;
    /** What the solve's first save does to the previous solve's proposals, which stay until then. */
    private WorkbenchStore.Previous previous;
    private boolean snapshotChanged;
    private boolean proposalsChanged;
    private int ticks;
    private boolean stopRequested;

    // The problem with the kept proposals, as last built on this node, and its lines; guarded by this.
    private long builtRevision = -1;
    private S built;
    private List<WorkbenchRow> rows = List.of();
    private Map<String, StoredSubject> subjects = Map.of();

    // The last version of the run told to this node's subscribers.
    private volatile long toldVersion = -1;

    /** A workbench named {@code feature} (the key of its run in the database, e.g. "matching"). */
    public Workbench(String feature, SolverManager<S, Long> solverManager, SolveProblem<S> problem,
            WorkbenchStore store) {
        this.feature = feature;
        this.solverManager = solverManager;
        this.problem = problem;
        this.store = store;
        this.transaction = new TransactionTemplate(store.transactions());
        this.readOnly = new TransactionTemplate(store.transactions());
        this.readOnly.setReadOnly(true);
        store.register(this);
    }

    public synchronized Optional<SolveRun> current() {
        if (solving != null) {
            return Optional.of(solving);
        }
        return store.run(feature).map(store::snapshot);
    }

    /** The last solve's lines, none while a solve runs. */
    public synchronized List<WorkbenchRow> proposals() {
        Optional<StoredRun> run = store.run(feature);
        if (run.isEmpty() || solving != null || run.get().running() && !store.silent(run.get())) {
            return List.of();
        }
        return rebuiltFor(run.get());
    }

    public Runnable subscribe(Consumer<SolveRun> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Starts a solve over the current data; refused while another one runs or when there is nothing to solve. */
    public synchronized SolveRun start(String by) {
        requireNotRunningHere();
        S fresh = readOnly.execute(status -> problem.build());
        Optional<String> nothing = problem.nothingToSolve(fresh);
        if (nothing.isPresent()) {
            throw InvalidInputException.of("", nothing.get());
        }
        SolveRun run = SolveRun.started(by, problem.subjects(fresh), problem.resources(fresh));
        store.claim(feature, run);
        previous = WorkbenchStore.Previous.FORGOTTEN;
        launch(fresh, run);
        return run;
    }

    /**
     * Solves again, from the current data, what was not accepted nor pinned, without the rejected proposals (nor
     * those rejected before).
     */
    public synchronized SolveRun resolve(String by) {
        requireNotRunningHere();
        StoredRun stored = store.run(feature).orElseThrow(() -> InvalidInputException.of("",
                "Lancez d'abord un calcul."));
        List<WorkbenchRow> lines = rebuiltFor(stored);
        Map<String, String> rejected = new HashMap<>();
        for (WorkbenchRow row : lines) {
            if (row.decision() == WorkbenchRow.Decision.REJECTED && row.proposalKey() != null) {
                rejected.put(row.id(), row.proposalKey());
                problem.exclude(built, row.id(), row.proposalKey());
            } else if (row.decision() == WorkbenchRow.Decision.ACCEPTED) {
                problem.pin(built, row.id(), true);
            }
        }
        S toSolve = built;
        SolveRun run = SolveRun.started(by, problem.subjects(toSolve), problem.resources(toSolve));
        store.claim(feature, run);
        previous = new WorkbenchStore.Previous(false, rejected);
        launch(toSolve, run);
        return run;
    }

    /** Stops the running solve, on whichever node it runs; its best proposals so far are kept. */
    public void stop() {
        SolverJob<S, Long> stopping;
        long stoppingId;
        synchronized (this) {
            if (solving == null) {
                store.requestStop(feature);
                return;
            }
            stopRequested = true;
            stopping = job;
            stoppingId = solvingId;
        }
        // Outside the lock: this waits for the solver's end, whose last steps take the lock.
        stopping.terminateEarly();
        try {
            stopping.getFinalBestSolution();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException failed) {
            return; // Told to failed().
        }
        awaitTheEnd(stoppingId);
    }

    /**
     * The solver tells a job's end on its own thread, possibly just after the job's future completes; a job stopped
     * while it waited for a solver thread (the last solve's thread not yet free, say) tells nothing at all, and would
     * stay running for ever: its end is awaited a little, then written here.
     */
    private synchronized void awaitTheEnd(long stoppingId) {
        long deadline = System.currentTimeMillis() + END_GRACE_MILLIS;
        try {
            while (solving != null && solvingId == stoppingId && System.currentTimeMillis() < deadline) {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (solving != null && solvingId == stoppingId) {
            LOG.info("Workbench {}: the solve stopped before the solver started it", feature);
            end(solving.ended(SolveRun.Status.STOPPED));
        }
    }

    /** Counts the solves of each feature's workbench ({@code pepites.solver.runs}, tagged by feature). */
    private void countRun() {
        Metrics.counter("pepites.solver.runs", "feature", feature).increment();
    }

    private void launch(S toSolve, SolveRun run) {
        countRun();
        stopRequested = false;
        builtRevision = -1;
        built = null;
        long id = PROBLEM_IDS.incrementAndGet();
        solvingId = id;
        try {
            problem.beforeSolve(toSolve);
            job = solverManager.solveAndListen(id, problemId -> toSolve, solution -> improved(id, solution),
                    solution -> finished(id, solution), this::failed);
        } catch (RuntimeException e) {
            solving = run;
            best = toSolve;
            failed(id, e);
            throw e;
        }
        solving = run;
        best = toSolve;
        publish(run);
    }

    /** Whether the solver's news is about this node's current solve (not one that ended before). */
    private boolean current(long id) {
        return solving != null && solvingId == id;
    }

    private synchronized void improved(long id, S solution) {
        if (!current(id)) {
            return;
        }
        best = solution;
        solving = solving.improved(problem.score(solution), problem.placed(solution));
        snapshotChanged = true;
        proposalsChanged = true;
        publish(solving);
    }

    private synchronized void finished(long id, S solution) {
        if (!current(id)) {
            return;
        }
        best = solution;
        // Proven first: a stop asked as the solver ended at its proof does not make optimal proposals any less so.
        SolveRun.Status how = problem.optimumProven(solution) ? SolveRun.Status.OPTIMAL
                : stopRequested ? SolveRun.Status.STOPPED : SolveRun.Status.FINISHED;
        end(solving.improved(problem.score(solution), problem.placed(solution)).ended(how));
    }

    private synchronized void failed(Long problemId, Throwable error) {
        LOG.error("Solve failed", error);
        if (problemId != null && current(problemId)) {
            end(solving.ended(SolveRun.Status.FAILED));
        }
    }

    /**
     * Writes the run's end and its best proposals, if the solver gave any (a solve stopped or failed before leaves
     * the previous ones); this node keeps the solution as built, with its lines.
     */
    private void end(SolveRun ended) {
        try {
            boolean found = ended.improvements() > 0;
            long revision = store.record(feature, ended, found ? problem.proposals(best) : null, previous);
            if (revision >= 0 && found) {
                subjects = bySubject(store.subjects(feature));
                built = best;
                rows = lines(best);
                builtRevision = revision;
            }
        } catch (RuntimeException e) {
            // The run stays "running" in the database without a heartbeat: every node shows it interrupted soon.
            LOG.error("Workbench {}: the end of the solve could not be recorded", feature, e);
        } finally {
            solving = null;
            best = null;
            snapshotChanged = false;
            proposalsChanged = false;
            notifyAll();
        }
        publish(ended);
    }

    /**
     * Each second: the node that solves renews its heartbeat, writes the progress (and now and then the best
     * proposals so far) and carries out a stop asked on another node; the others tell their screens of any change
     * and mark as interrupted a run whose node fell silent.
     */
    void tick() {
        try {
            SolveRun mine;
            Map<String, KeptProposal> proposals = null;
            WorkbenchStore.Previous replacing;
            boolean write = false;
            synchronized (this) {
                mine = solving;
                replacing = previous;
                if (mine != null) {
                    ticks++;
                    if (proposalsChanged && ticks % PROPOSALS_EVERY == 0) {
                        proposals = problem.proposals(best);
                        proposalsChanged = false;
                    }
                    write = snapshotChanged || proposals != null;
                    snapshotChanged = false;
                }
            }
            if (mine != null) {
                if (write) {
                    store.record(feature, mine, proposals, replacing);
                } else {
                    store.beat(feature);
                }
                store.run(feature).filter(StoredRun::isStopRequested)
                        .ifPresent(asked -> CompletableFuture.runAsync(this::stop));
                return;
            }
            Optional<StoredRun> run = store.run(feature);
            if (run.isPresent() && store.silent(run.get())) {
                store.interruptIfSilent(feature);
                run = store.run(feature);
            }
            if (run.isPresent() && run.get().getVersion() != toldVersion) {
                toldVersion = run.get().getVersion();
                publish(store.snapshot(run.get()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Workbench {}: its run could not be read or written this time ({})", feature, e.toString());
        }
    }

    private void publish(SolveRun snapshot) {
        listeners.forEach(listener -> listener.accept(snapshot));
    }

    /** Accepts these proposals in one transaction; those the current data no longer allow are refused, with why. */
    public synchronized Acceptance accept(Collection<String> ids) {
        List<WorkbenchRow> lines = rebuiltFor(requireFinished());
        Map<String, WorkbenchRow> byId = new LinkedHashMap<>();
        lines.forEach(row -> byId.put(row.id(), row));
        List<String> refused = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (String id : ids) {
            WorkbenchRow row = byId.get(id);
            if (row == null || !row.hasProposal() || row.decision() == WorkbenchRow.Decision.ACCEPTED) {
                refused.add(id + " : la proposition a déjà été acceptée ou n'existe plus.");
            } else {
                open.add(id);
            }
        }
        S solution = built;
        List<String> sent = transaction.execute(status -> problem.accept(solution, open, refused));
        if (!sent.isEmpty()) {
            Map<String, WorkbenchRow> accepted = new HashMap<>();
            sent.forEach(id -> accepted.put(id, byId.get(id).accepted()));
            long revision = store.decide(feature, sent, WorkbenchRow.Decision.ACCEPTED, accepted);
            changed(revision);
        }
        return new Acceptance(sent.size(), refused);
    }

    /** Rejects these proposals: the next re-solve will not make them again. */
    public synchronized void reject(Collection<String> ids) {
        List<WorkbenchRow> lines = rebuiltFor(requireFinished());
        List<String> rejected = lines.stream().filter(row -> ids.contains(row.id()) && row.hasProposal()
                && row.decision() != WorkbenchRow.Decision.ACCEPTED).map(WorkbenchRow::id).toList();
        changed(store.decide(feature, rejected, WorkbenchRow.Decision.REJECTED, Map.of()));
    }

    /** Pins (or unpins) these proposals: a re-solve keeps them as they are. */
    public synchronized void pin(Collection<String> ids, boolean pinned) {
        rebuiltFor(requireFinished());
        for (String id : ids) {
            StoredSubject subject = subjects.get(id);
            if (subject == null || !subject.accepted()) {
                problem.pin(built, id, pinned);
            }
        }
        changed(store.pin(feature, ids, pinned));
    }

    /** After a change made here: the lines again from the problem as built, with the decisions as stored. */
    private void changed(long revision) {
        subjects = bySubject(store.subjects(feature));
        rows = lines(built);
        builtRevision = revision;
        publish(store.run(feature).map(store::snapshot).orElseThrow());
    }

    /**
     * The problem with the kept proposals, and its lines, for this revision of the run: built again from the
     * current data when the proposals or decisions changed since (on another node, say).
     */
    private List<WorkbenchRow> rebuiltFor(StoredRun run) {
        if (run.getRevision() == builtRevision && built != null) {
            return rows;
        }
        S fresh = readOnly.execute(status -> problem.build());
        subjects = bySubject(store.subjects(feature));
        Map<String, KeptProposal> kept = new HashMap<>();
        subjects.values().forEach(subject -> {
            subject.excluded().forEach(key -> problem.exclude(fresh, subject.getSubject(), key));
            kept.put(subject.getSubject(), new KeptProposal(subject.getProposal(), subject.isPinned()));
        });
        problem.restore(fresh, kept);
        built = fresh;
        rows = lines(fresh);
        builtRevision = run.getRevision();
        return rows;
    }

    /** The problem's lines with the stored decisions; the accepted subjects no longer in it as they were. */
    private List<WorkbenchRow> lines(S solution) {
        Map<String, WorkbenchRow.Decision> decisions = new HashMap<>();
        subjects.values().stream().filter(s -> s.getDecision() != null)
                .forEach(s -> decisions.put(s.getSubject(), s.getDecision()));
        List<WorkbenchRow> explained = problem.subjects(solution) == 0 ? List.of()
                : problem.explain(solution, decisions);
        List<String> present = explained.stream().map(WorkbenchRow::id).toList();
        List<WorkbenchRow> result = new ArrayList<>();
        subjects.values().stream().filter(s -> s.accepted() && s.getAcceptedRow() != null
                && !present.contains(s.getSubject())).map(s -> store.row(s.getAcceptedRow())).forEach(result::add);
        result.addAll(explained);
        return List.copyOf(result);
    }

    private static Map<String, StoredSubject> bySubject(List<StoredSubject> stored) {
        Map<String, StoredSubject> result = new LinkedHashMap<>();
        stored.forEach(s -> result.put(s.getSubject(), s));
        return result;
    }

    private void requireNotRunningHere() {
        if (solving != null) {
            throw alreadyRunning(solving);
        }
    }

    static InvalidInputException alreadyRunning(SolveRun run) {
        return InvalidInputException.of("", "Un calcul est déjà en cours (lancé par " + run.startedBy()
                + ") : attendez sa fin ou arrêtez-le.");
    }

    /** The last run, ended: decisions are taken on its proposals. */
    private StoredRun requireFinished() {
        requireNotRunningHere();
        StoredRun run = store.run(feature).orElseThrow(() -> InvalidInputException.of("",
                "Lancez d'abord un calcul."));
        if (run.running() && !store.silent(run)) {
            throw alreadyRunning(run.snapshot());
        }
        return run;
    }
}
