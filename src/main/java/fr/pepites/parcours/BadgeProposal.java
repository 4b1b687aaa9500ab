package fr.pepites.parcours;

import fr.pepites.directory.Person;
import fr.pepites.reference.JobTitle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A competence an end-of-parcours review found acquired, proposed for a badge: the person, what (a job title of the
 * reference data or a free skill), the evidence, who proposed it and when. The badges feature issues badges from them.
 */
@Entity
@Table(name = "badge_proposal")
public class BadgeProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_proposal_seq")
    @SequenceGenerator(name = "badge_proposal_seq", sequenceName = "badge_proposal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "parcours_id")
    private Parcours parcours;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String label;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_title_code")
    private JobTitle jobTitle;

    private String evidence;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "proposed_by")
    private String proposedBy;

    protected BadgeProposal() {
    }

    BadgeProposal(Parcours parcours, JobTitle jobTitle, String label, String evidence, String proposedBy) {
        this.parcours = parcours;
        this.person = parcours.getPerson();
        this.jobTitle = jobTitle;
        this.label = label;
        this.evidence = evidence;
        this.proposedBy = proposedBy;
        this.proposedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Parcours getParcours() {
        return parcours;
    }

    public Person getPerson() {
        return person;
    }

    public String getLabel() {
        return label;
    }

    public JobTitle getJobTitle() {
        return jobTitle;
    }

    public String getEvidence() {
        return evidence;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getProposedBy() {
        return proposedBy;
    }
}
