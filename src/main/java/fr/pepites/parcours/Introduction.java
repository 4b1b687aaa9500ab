package fr.pepites.parcours;

import fr.pepites.directory.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An introduction of the person to a partner employer, asked by the review, arranged by a coordinator. */
@Entity
@Table(name = "parcours_introduction")
public class Introduction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parcours_introduction_seq")
    @SequenceGenerator(name = "parcours_introduction_seq", sequenceName = "parcours_introduction_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "parcours_id")
    private Parcours parcours;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id")
    private Organisation employer;

    @Enumerated(EnumType.STRING)
    private IntroductionOutcome outcome;

    private String note;

    @Column(name = "arranged_at")
    private Instant arrangedAt;

    protected Introduction() {
    }

    Introduction(Parcours parcours, Organisation employer) {
        this.parcours = parcours;
        this.employer = employer;
    }

    void arranged(IntroductionOutcome outcome, String note) {
        this.outcome = outcome;
        this.note = note;
        this.arrangedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Parcours getParcours() {
        return parcours;
    }

    public Organisation getEmployer() {
        return employer;
    }

    public IntroductionOutcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }

    public Instant getArrangedAt() {
        return arrangedAt;
    }
}
