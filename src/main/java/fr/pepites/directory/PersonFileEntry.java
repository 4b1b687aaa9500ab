package fr.pepites.directory;

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

/** One line of the journal of a person's file: who read or changed what, when. */
@Entity
@Table(name = "person_file_log")
public class PersonFileEntry {

    /** What was done with the file. */
    public enum Action {
        READ, CHANGE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_file_log_seq")
    @SequenceGenerator(name = "person_file_log_seq", sequenceName = "person_file_log_seq", allocationSize = 50)
    private Long id;

    /** An association, not a bare id: Hibernate then inserts a new person before the line about them. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private Instant at;

    private String actor;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String what;

    protected PersonFileEntry() {
    }

    PersonFileEntry(Person person, String actor, Action action, String what) {
        this.person = person;
        this.at = Instant.now();
        this.actor = actor;
        this.action = action;
        this.what = what;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getWhat() {
        return what;
    }
}
