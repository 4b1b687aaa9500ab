package fr.pepites.workflow;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every line of a file's timeline stores, whichever feature's table holds it (referrals, parcours, twinnings):
 * when, who (the acting user's signature, or PEPITES for timers), and a free detail. Each feature's event adds its
 * id, its file and its type. The detail is a summary of the action: longer than its column (a long refusal message
 * after its reason, say), it is cut there, marked "…"; the full text stays on the file itself.
 */
@MappedSuperclass
public abstract class FileEvent {

    /** The length of the {@code detail} column in every feature's table of events. */
    static final int MAX_DETAIL = 2000;

    private Instant at;

    private String actor;

    private String detail;

    protected FileEvent() {
    }

    protected FileEvent(String actor, String detail) {
        this.at = Instant.now();
        this.actor = actor;
        this.detail = cut(detail);
    }

    private static String cut(String detail) {
        if (detail == null || detail.length() <= MAX_DETAIL) {
            return detail;
        }
        int end = MAX_DETAIL - 1;
        if (Character.isHighSurrogate(detail.charAt(end - 1))) {
            end--;
        }
        return detail.substring(0, end) + "…";
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
