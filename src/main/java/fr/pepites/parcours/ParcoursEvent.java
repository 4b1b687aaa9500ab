package fr.pepites.parcours;

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

/** One line of a parcours's timeline: who did what, when. */
@Entity
@Table(name = "parcours_event")
class ParcoursEvent extends FileEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parcours_event_seq")
    @SequenceGenerator(name = "parcours_event_seq", sequenceName = "parcours_event_seq", allocationSize = 50)
    private Long id;

    /** An association, so that Hibernate inserts a new parcours before its events. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "parcours_id")
    private Parcours parcours;

    @Enumerated(EnumType.STRING)
    private ParcoursEventType type;

    protected ParcoursEvent() {
    }

    ParcoursEvent(Parcours parcours, String actor, ParcoursEventType type, String detail) {
        super(actor, detail);
        this.parcours = parcours;
        this.type = type;
    }

    ParcoursEventType getType() {
        return type;
    }

    Parcours getParcours() {
        return parcours;
    }
}
