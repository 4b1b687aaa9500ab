package fr.pepites.badges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** What became of a parcours' badge proposal: accepted (with the credential issued) or dismissed, by whom, when. */
@Entity
@Table(name = "badge_proposal_decision")
public class ProposalDecision {

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "person_id")
    private Long personId;

    private boolean accepted;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "credential_id")
    private Credential credential;

    @Column(name = "decided_at")
    private Instant decidedAt = Instant.now();

    @Column(name = "decided_by")
    private String decidedBy;

    protected ProposalDecision() {
    }

    ProposalDecision(long proposalId, long personId, Credential credential, String decidedBy) {
        this.proposalId = proposalId;
        this.personId = personId;
        this.accepted = credential != null;
        this.credential = credential;
        this.decidedBy = decidedBy;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public boolean isAccepted() {
        return accepted;
    }
}
