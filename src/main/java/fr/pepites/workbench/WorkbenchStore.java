package fr.pepites.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where every node's workbenches keep their runs (migration V18): each read and write in a transaction of its own,
 * committed at once, so that every node sees it and a solver's thread never waits for a user's transaction. Each
 * second, every workbench of this node looks at its run ({@link Workbench#tick}): the node that solves renews its
 * heartbeat and carries out a stop asked elsewhere, the others tell their screens what changed and mark as
 * interrupted a run whose node fell silent.
 */
@Component
public class WorkbenchStore {

    private final StoredRuns runs;
    private final StoredSubjects subjects;
    private final PlatformTransactionManager transactions;
    private final TransactionTemplate own;
    private final TransactionTemplate ownReadOnly;
    private final Duration interruptedAfter;
    private final String node;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Workbench<?>> workbenches = new CopyOnWriteArrayList<>();

    WorkbenchStore(StoredRuns runs, StoredSubjects subjects, PlatformTransactionManager transactions,
            @Value("${pepites.workbench.interrupted-after:PT30S}") Duration interruptedAfter) {
        this.runs = runs;
        this.subjects = subjects;
        this.transactions = transactions;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownReadOnly = new TransactionTemplate(transactions);
        this.ownReadOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownReadOnly.setReadOnly(true);
        this.interruptedAfter = interruptedAfter;
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The transactions the workbenches' problems are built and accepted in (a caller's is joined). */
    public PlatformTransactionManager transactions() {
        return transactions;
    }

    /** This node's name in the runs it solves (process and host, and a part that changes at each start). */
    String node() {
        return node;
    }

    void register(Workbench<?> workbench) {
        workbenches.add(workbench);
    }

    @Scheduled(fixedDelayString = "${pepites.workbench.tick:PT1S}", initialDelayString = "${pepites.workbench.tick:PT1S}")
    void tick() {
        workbenches.forEach(Workbench::tick);
    }

    // --- Reading ------------------------------------------------------------------------------------------

    /** The run as every node sees it; a running one whose node fell silent as interrupted. */
    Optional<StoredRun> run(String feature) {
        return ownReadOnly.execute(status -> runs.findById(feature));
    }

    /** A run's figures as the screens show them: running with a silent node is interrupted. */
    SolveRun snapshot(StoredRun run) {
        SolveRun snapshot = run.snapshot();
        return silent(run) ? snapshot.ended(SolveRun.Status.INTERRUPTED) : snapshot;
    }

    /** Running, but its node's heartbeat stopped: that node is gone (or its solve ended unrecorded). */
    boolean silent(StoredRun run) {
        return run.running() && run.getHeartbeatAt().isBefore(Instant.now().minus(interruptedAfter));
    }

    List<StoredSubject> subjects(String feature) {
        return ownReadOnly.execute(status -> subjects.findByFeature(feature));
    }

    WorkbenchRow row(String json) {
        try {
            return this.json.readValue(json, WorkbenchRow.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable workbench line", e);
        }
    }

    // --- Writing ------------------------------------------------------------------------------------------

    /**
     * What a run's first save does to the subjects the previous run left: a fresh start forgets them; a re-solve
     * keeps them, the rejected proposals becoming excluded ones ({@code rejected}: each subject's rejected proposal
     * key). Until that save they stay as they were, shown and decided on if the run dies first.
     */
    record Previous(boolean forget, Map<String, String> rejected) {

        static final Previous FORGOTTEN = new Previous(true, Map.of());
    }

    /** Claims the workbench for a new run on this node, unless another runs. Returns the new revision. */
    long claim(String feature, SolveRun run) {
        try {
            return claimOnce(feature, run);
        } catch (DataIntegrityViolationException firstRunOfTwoNodesAtOnce) {
            // Both inserted the workbench's first row: the other's is there now, and locked like any other.
            return claimOnce(feature, run);
        }
    }

    private long claimOnce(String feature, SolveRun run) {
        return own.execute(status -> {
            StoredRun stored = runs.lock(feature).orElse(null);
            if (stored == null) {
                stored = new StoredRun(feature);
                stored.claim(run, node, Instant.now());
                return runs.saveAndFlush(stored).getRevision();
            }
            if (stored.running() && !silent(stored)) {
                throw Workbench.alreadyRunning(stored.snapshot());
            }
            stored.claim(run, node, Instant.now());
            return stored.getRevision();
        });
    }

    /**
     * Records this node's run as it stands, and (when given) each subject's proposal in its best solution so far:
     * subjects accepted keep their line, those no longer in the problem go. The run's first save replaces the
     * previous run's subjects in the same transaction ({@code previous}). Nothing is written when another node has
     * taken the workbench since. Returns the revision, or -1 when nothing was written.
     */
    long record(String feature, SolveRun run, Map<String, KeptProposal> proposals, Previous previous) {
        return own.execute(status -> {
            StoredRun stored = runs.lock(feature).orElse(null);
            if (stored == null || !node.equals(stored.getNode()) || !stored.running()) {
                return -1L;
            }
            stored.record(run);
            Instant now = Instant.now();
            stored.beat(now);
            if (proposals != null) {
                if (!stored.hasOwnProposals()) {
                    replace(feature, previous);
                }
                keep(feature, proposals);
                stored.proposalsSaved(proposals.values().stream().filter(p -> p.proposal() != null).count(), now);
            }
            return stored.getRevision();
        });
    }

    private void replace(String feature, Previous previous) {
        if (previous.forget()) {
            subjects.deleteByFeature(feature);
            return;
        }
        for (StoredSubject subject : subjects.findByFeature(feature)) {
            String key = previous.rejected().get(subject.getSubject());
            if (key != null && subject.getDecision() == WorkbenchRow.Decision.REJECTED) {
                subject.exclude(key);
            }
        }
    }

    private void keep(String feature, Map<String, KeptProposal> proposals) {
        Map<String, StoredSubject> kept = new HashMap<>();
        for (StoredSubject subject : subjects.findByFeature(feature)) {
            if (subject.accepted() || proposals.containsKey(subject.getSubject())) {
                kept.put(subject.getSubject(), subject);
            } else {
                subjects.delete(subject);
            }
        }
        proposals.forEach((id, proposal) -> {
            StoredSubject subject = kept.get(id);
            if (subject == null) {
                subject = subjects.save(new StoredSubject(feature, id));
            }
            if (!subject.accepted()) {
                subject.propose(proposal.proposal(), proposal.pinned());
            }
        });
    }

    void beat(String feature) {
        own.execute(status -> runs.beat(feature, node, Instant.now()));
    }

    /** Asks for a stop: carried out by the running node, or at once when that node is gone. */
    void requestStop(String feature) {
        own.executeWithoutResult(status -> runs.lock(feature).ifPresent(stored -> {
            if (silent(stored)) {
                stored.record(stored.snapshot().ended(SolveRun.Status.INTERRUPTED));
                stored.changed();
            } else if (stored.running()) {
                stored.requestStop();
            }
        }));
    }

    /** Marks as interrupted a run whose node fell silent (any node may, once). */
    void interruptIfSilent(String feature) {
        own.executeWithoutResult(status -> runs.lock(feature).filter(this::silent).ifPresent(stored -> {
            stored.record(stored.snapshot().ended(SolveRun.Status.INTERRUPTED));
            stored.changed();
        }));
    }

    /** The coordinator's decision on these subjects, with their lines once accepted; returns the new revision. */
    long decide(String feature, Collection<String> ids, WorkbenchRow.Decision decision, Map<String, WorkbenchRow> rows) {
        return own.execute(status -> {
            StoredRun stored = runs.lock(feature).orElseThrow();
            Map<String, StoredSubject> byId = new HashMap<>();
            subjects.findByFeature(feature).forEach(s -> byId.put(s.getSubject(), s));
            for (String id : ids) {
                StoredSubject subject = byId.computeIfAbsent(id, k -> subjects.save(new StoredSubject(feature, k)));
                if (decision == WorkbenchRow.Decision.ACCEPTED) {
                    subject.accept(write(rows.get(id)));
                } else {
                    subject.decide(decision);
                }
            }
            stored.changed();
            return stored.getRevision();
        });
    }

    /** Pins or unpins these subjects' proposals (not the accepted ones); returns the new revision. */
    long pin(String feature, Collection<String> ids, boolean pinned) {
        return own.execute(status -> {
            StoredRun stored = runs.lock(feature).orElseThrow();
            subjects.findByFeature(feature).stream()
                    .filter(s -> ids.contains(s.getSubject()) && !s.accepted())
                    .forEach(s -> s.setPinned(pinned));
            stored.changed();
            return stored.getRevision();
        });
    }

    private String write(WorkbenchRow row) {
        try {
            return json.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
