package fr.pepites.parcours;

import fr.pepites.workflow.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the page of a parcours shows, read in one transaction. */
public record ParcoursDetails(ParcoursRow row, long version, String passNumber, LocalDate passStart,
        ExtensionReason extensionReason, LocalDate latestPassEnd, int weeklyHours, List<Suspension> suspensions,
        LocalDate breakDate, BreakReason breakReason, Instant reviewedAt, String exitProject, String targetJobTitle,
        String handBackCep, HandBackStatus handBackStatus, Instant handBackConsentAt, Instant meetingAt,
        String meetingPlace, String handBackDeclineReason, List<ProposalLine> proposals,
        List<IntroductionLine> introductions, LocalDate exitDate, ExitReason exitReason, Boolean exitCounted,
        ExitReason followUpReason, String followUpNote, boolean datesEditable, boolean taskForMe,
        List<TimelineEntry> timeline) {

    /** A competence proposed for a badge. */
    public record ProposalLine(String label, String evidence, String proposedBy) {
    }

    /** An introduction to a partner employer and what came of it (null while not yet arranged). */
    public record IntroductionLine(long id, String employer, IntroductionOutcome outcome, String note) {
    }
}
