package fr.pepites.workbench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A workbench's current run as the database keeps it (one row per workbench), see migration V18. */
@Entity
@Table(name = "workbench_run")
class StoredRun {

    @Id
    private String feature;
    @Enumerated(EnumType.STRING)
    private SolveRun.Status status;
    private String startedBy;
    private Instant startedAt;
    private Instant endedAt;
    private int subjects;
    private int resources;
    private String score;
    private long placed;
    private int improvements;
    /** The node that runs (or ran) the solve. */
    private String node;
    /** Renewed by the running node: a running solve without heartbeat for a while was interrupted. */
    private Instant heartbeatAt;
    /** A stop asked on another node, which the running node carries out. */
    private boolean stopRequested;
    /** When the proposals held (workbench_subject) were last saved, and how many subjects had one (V23). */
    private Instant proposalsSavedAt;
    private long proposalsKept;
    /** Whether those are this run's: false from its claim until its first save, the previous run's staying. */
    private boolean ownProposals;
    /** Changes with the proposals and the decisions: a node whose screens show an older one rebuilds them. */
    private long revision;
    @Version
    @Column(name = "version")
    private long version;

    protected StoredRun() {
    }

    StoredRun(String feature) {
        this.feature = feature;
    }

    SolveRun snapshot() {
        return new SolveRun(status, startedBy, startedAt, endedAt, subjects, resources, score, placed, improvements,
                new SolveRun.Kept(proposalsKept, proposalsSavedAt, ownProposals));
    }

    /** Takes this run's figures (the node keeps its own copy while it solves). */
    void record(SolveRun run) {
        this.status = run.status();
        this.startedBy = run.startedBy();
        this.startedAt = run.startedAt();
        this.endedAt = run.endedAt();
        this.subjects = run.subjects();
        this.resources = run.resources();
        this.score = run.score();
        this.placed = run.placed();
        this.improvements = run.improvements();
    }

    /** A new run on this node: no stop asked, a fresh heartbeat, no proposals of its own yet. */
    void claim(SolveRun run, String byNode, Instant now) {
        record(run);
        this.node = byNode;
        this.heartbeatAt = now;
        this.stopRequested = false;
        this.ownProposals = false;
        this.revision++;
    }

    boolean hasOwnProposals() {
        return ownProposals;
    }

    /** This run's proposals were saved now: {@code count} subjects have one. */
    void proposalsSaved(long count, Instant now) {
        this.proposalsKept = count;
        this.proposalsSavedAt = now;
        this.ownProposals = true;
        changed();
    }

    void changed() {
        revision++;
    }

    String getFeature() {
        return feature;
    }

    boolean running() {
        return status == SolveRun.Status.RUNNING;
    }

    String getNode() {
        return node;
    }

    Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    void beat(Instant now) {
        this.heartbeatAt = now;
    }

    boolean isStopRequested() {
        return stopRequested;
    }

    void requestStop() {
        this.stopRequested = true;
    }

    long getRevision() {
        return revision;
    }

    long getVersion() {
        return version;
    }
}
