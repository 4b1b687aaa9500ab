package fr.pepites.workflow;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every line of a file's timeline stores, whichever feature's table holds it (referrals, parcours, twinnings):
 * when, who (the acting user's signature, or PEPITES for timers), and a free detail. Each feature's event adds its
 * id, its file and its type.
 */
@MappedSuperclass
public abstract class FileEvent {

    private Instant at;

    private String actor;

    private String detail;

    protected FileEvent() {
    }

    protected FileEvent(String actor, String detail) {
        this.at = Instant.now();
        this.actor = actor;
        this.detail = detail;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }

    /** The line as a timeline shows it, its type read from this translation key. */
    public TimelineEntry entry(String whatKey) {
        return TimelineEntry.of(at, actor, whatKey, detail);
    }
}
