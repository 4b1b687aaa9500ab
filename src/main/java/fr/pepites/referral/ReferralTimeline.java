package fr.pepites.referral;

import java.util.Set;
import java.util.Map;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Collection;
import java.time.Instant;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.workflow.TimelineEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes and reads a referral's timeline; the actor is the logged-in user, or PEPITES for timers. */
@Component
class ReferralTimeline {

    private final ReferralEventRepository events;
    private final CurrentUserProvider currentUser;

    ReferralTimeline(ReferralEventRepository events, CurrentUserProvider currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    void record(Referral referral, ReferralEventType type, String detail) {
        Long siaeId = referral.getSiae() == null ? null : referral.getSiae().getId();
        events.save(new ReferralEvent(referral, currentUser.signature(), type, siaeId, detail));
    }

    List<ReferralEvent> of(long referralId) {
        return events.findOfReferral(referralId);
    }

    /** The events of every referral of a person, latest first. */
    List<ReferralEvent> ofPerson(long personId) {
        return events.findOfPerson(personId);
    }

    /** The same as the lines of a person's journal or data export, each naming its referral. */
    List<TimelineEntry> entriesOfPerson(long personId) {
        return ofPerson(personId).stream().map(event -> new TimelineEntry(event.getAt(), event.getActor(),
                "referral.event." + event.getType().name(), Referral.businessKeyOf(event.getReferralId()),
                event.getDetail())).toList();
    }

    boolean wasRefusedBy(long referralId, long siaeId) {
        return events.wasBy(referralId, ReferralEventType.REFUSED, siaeId);
    }

    /** For each of these persons, the SIAE that have refused one of their referrals. */
    Map<Long, Set<Long>> refusingSiaeByPerson(Collection<Long> personIds) {
        Map<Long, Set<Long>> result = new HashMap<>();
        if (!personIds.isEmpty()) {
            events.findRefusalsOfPersons(personIds).forEach(row ->
                    result.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]));
        }
        return result;
    }

    /** When each of these referrals was submitted. */
    Map<Long, Instant> submissionTimes(Collection<Long> referralIds) {
        Map<Long, Instant> result = new HashMap<>();
        if (!referralIds.isEmpty()) {
            events.findSubmissionTimes(referralIds).forEach(row -> result.put((Long) row[0], (Instant) row[1]));
        }
        return result;
    }
}
