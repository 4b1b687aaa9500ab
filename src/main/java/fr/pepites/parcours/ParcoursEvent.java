package fr.pepites.parcours;

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

/** One line of a parcours's timeline: who did what, when. */
@Entity
@Table(name = "parcours_event")
class ParcoursEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parcours_event_seq")
    @SequenceGenerator(name = "parcours_event_seq", sequenceName = "parcours_event_seq", allocationSize = 50)
    private Long id;

    /** An association, so that Hibernate inserts a new parcours before its events. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "parcours_id")
    private Parcours parcours;

    private Instant at;

    private String actor;

    @Enumerated(EnumType.STRING)
    private ParcoursEventType type;

    private String detail;

    protected ParcoursEvent() {
    }

    ParcoursEvent(Parcours parcours, String actor, ParcoursEventType type, String detail) {
        this.parcours = parcours;
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

    ParcoursEventType getType() {
        return type;
    }

    String getDetail() {
        return detail;
    }

    Parcours getParcours() {
        return parcours;
    }
}
