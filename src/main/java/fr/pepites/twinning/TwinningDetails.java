package fr.pepites.twinning;

import fr.pepites.workflow.TimelineEntry;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * A twinning as its page and its task forms show it, with what the acting user may do.
 *
 * @param themes the requested themes' labels
 * @param hostAddress the tiers-lieu's address, once one is proposed
 * @param machines the tiers-lieu's machines, once one is proposed
 * @param participants who takes part; empty for the tiers-lieu until the SIAE's director approved the proposal
 * @param participantsNamed whether {@code participants} is given (else the row's number only)
 * @param siaeSide whether the acting user is of the SIAE that asks
 * @param hostSide whether the acting user manages the tiers-lieu proposed
 */
public record TwinningDetails(TwinningRow row, long version, String note, Set<DayOfWeek> unavailableWeekdays,
        int maxDistanceKm, List<String> themes, List<Participant> participants, boolean participantsNamed,
        List<TwinningDay> days, Integer distanceKm, String hostAddress, String machines, String cancelReason,
        Side cancelledBy, Integer siaeScore, String siaeComment, Integer hostScore, String hostComment, boolean siaeSide,
        boolean hostSide, boolean editable, boolean cancellable, boolean hasOpenTask,
        List<TimelineEntry> timeline) {

    /** Whether a day's attendance has been recorded: before that, each participant's attendance is to come. */
    public boolean attendanceRecorded() {
        return days.stream().anyMatch(TwinningDay::isRecorded);
    }

    public List<Participant> badgeEarners() {
        return participants.stream().filter(Participant::isBadgeEarner).toList();
    }
}
