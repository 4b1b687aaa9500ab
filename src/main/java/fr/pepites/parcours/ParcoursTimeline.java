package fr.pepites.parcours;

import fr.pepites.security.CurrentUserProvider;
import fr.pepites.workflow.TimelineEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes and reads a parcours's timeline; the actor is the logged-in user, or PEPITES for timers. */
@Component
class ParcoursTimeline {

    private final ParcoursEventRepository events;
    private final CurrentUserProvider currentUser;

    ParcoursTimeline(ParcoursEventRepository events, CurrentUserProvider currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    void record(Parcours parcours, ParcoursEventType type, String detail) {
        events.save(new ParcoursEvent(parcours, currentUser.signature(), type, detail));
    }

    List<TimelineEntry> of(long parcoursId) {
        return events.findOfParcours(parcoursId).stream().map(e -> e.entry(key(e))).toList();
    }

    /** Every event of a person's parcours, latest first, each with its parcours's number. */
    List<TimelineEntry> ofPerson(long personId) {
        return events.findOfPerson(personId).stream().map(e -> new TimelineEntry(e.getAt(), e.getActor(), key(e),
                e.getParcours().businessKey(), e.getDetail())).toList();
    }

    private static String key(ParcoursEvent e) {
        return "parcours.event." + e.getType().name();
    }
}
