package fr.pepites.workbench;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** One subject of a workbench's run as the database keeps it, see migration V18. */
@Entity
@Table(name = "workbench_subject")
class StoredSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workbench_subject_seq")
    @SequenceGenerator(name = "workbench_subject_seq", sequenceName = "workbench_subject_seq", allocationSize = 50)
    private Long id;
    private String feature;
    private String subject;
    /** The proposal as the feature writes it back ({@link SolveProblem#proposalOf}); null without one. */
    private String proposal;
    private boolean pinned;
    @Enumerated(EnumType.STRING)
    private WorkbenchRow.Decision decision;
    /** The proposal keys rejected before a re-solve, joined by commas. */
    private String excluded;
    /** Once accepted: the subject's line as it was then (JSON), since it leaves the problem. */
    private String acceptedRow;

    protected StoredSubject() {
    }

    StoredSubject(String feature, String subject) {
        this.feature = feature;
        this.subject = subject;
    }

    String getSubject() {
        return subject;
    }

    String getProposal() {
        return proposal;
    }

    boolean isPinned() {
        return pinned;
    }

    void propose(String proposal, boolean pinned) {
        this.proposal = proposal;
        this.pinned = pinned;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    WorkbenchRow.Decision getDecision() {
        return decision;
    }

    boolean accepted() {
        return decision == WorkbenchRow.Decision.ACCEPTED;
    }

    void decide(WorkbenchRow.Decision decision) {
        this.decision = decision;
    }

    void accept(String row) {
        this.decision = WorkbenchRow.Decision.ACCEPTED;
        this.acceptedRow = row;
        this.pinned = true;
    }

    String getAcceptedRow() {
        return acceptedRow;
    }

    Set<String> excluded() {
        return excluded == null || excluded.isEmpty() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(excluded.split(",")));
    }

    /** The rejected proposal is not made again: its key joins the excluded ones and the decision is cleared. */
    void exclude(String key) {
        Set<String> keys = new LinkedHashSet<>(excluded());
        keys.add(key);
        this.excluded = String.join(",", keys);
        this.decision = null;
    }
}
