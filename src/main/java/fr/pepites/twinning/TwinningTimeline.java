package fr.pepites.twinning;

import fr.pepites.security.CurrentUserProvider;
import fr.pepites.workflow.TimelineEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes and reads a twinning's timeline; the actor is the logged-in user, or PEPITES for timers. */
@Component
class TwinningTimeline {

    private final TwinningEventRepository events;
    private final CurrentUserProvider currentUser;

    TwinningTimeline(TwinningEventRepository events, CurrentUserProvider currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    void record(Twinning twinning, TwinningEventType type, String detail) {
        events.save(new TwinningEvent(twinning, currentUser.signature(), type, detail));
    }

    List<TimelineEntry> of(long twinningId) {
        return events.findOfTwinning(twinningId).stream().map(e -> e.entry("twinning.event." + e.getType().name()))
                .toList();
    }
}
