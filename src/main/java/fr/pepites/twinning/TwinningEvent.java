package fr.pepites.twinning;

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

/** One line of a twinning's timeline: who did what, when. */
@Entity
@Table(name = "twinning_event")
class TwinningEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "twinning_event_seq")
    @SequenceGenerator(name = "twinning_event_seq", sequenceName = "twinning_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "twinning_id")
    private Twinning twinning;

    private Instant at;

    private String actor;

    @Enumerated(EnumType.STRING)
    private TwinningEventType type;

    private String detail;

    protected TwinningEvent() {
    }

    TwinningEvent(Twinning twinning, String actor, TwinningEventType type, String detail) {
        this.twinning = twinning;
        this.at = Instant.now();
        this.actor = actor;
        this.type = type;
        this.detail = detail;
    }

    Instant getAt() {
        return at;
    }

    String getActor() {
        return actor;
    }

    TwinningEventType getType() {
        return type;
    }

    String getDetail() {
        return detail;
    }
}
