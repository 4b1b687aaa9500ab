package fr.pepites.twinning;

import fr.pepites.workflow.FileEvent;
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

/** One line of a twinning's timeline: who did what, when. */
@Entity
@Table(name = "twinning_event")
class TwinningEvent extends FileEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "twinning_event_seq")
    @SequenceGenerator(name = "twinning_event_seq", sequenceName = "twinning_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "twinning_id")
    private Twinning twinning;

    @Enumerated(EnumType.STRING)
    private TwinningEventType type;

    protected TwinningEvent() {
    }

    TwinningEvent(Twinning twinning, String actor, TwinningEventType type, String detail) {
        super(actor, detail);
        this.twinning = twinning;
        this.type = type;
    }

    TwinningEventType getType() {
        return type;
    }
}
