package fr.pepites.referral;

import fr.pepites.reference.Licence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import fr.pepites.workflow.TimelineEntry;

/**
 * Everything the detail page of a referral shows, read in one transaction; with the person and the vacancy's hours, which
 * the acceptance's contract terms start from, and how to reach the person (the SIAE calls them for the interview).
 */
public record ReferralDetails(ReferralRow row, long version, String personBirthDate, String communeLabel,
        int mobilityRadiusKm, Set<Licence> licences, boolean hasVehicle, LocalDate availableFrom,
        List<String> targetJobTitles, Set<Barrier> barriers, String note, Goal goal, TrainingRoute trainingRoute,
        Set<EligibilityCriterion> criteria, Instant consentRecordedAt, RefusalReason refusalReason,
        String refusalMessage, Boolean refusalSharedWithPerson, Instant interviewAt, String interviewPlace,
        LocalDate hiringDate, LocalDate postponedUntil, boolean cancellable, boolean taskForMe,
        List<TimelineEntry> timeline, long personId, Integer vacancyHoursPerWeek, String personEmail,
        String personPhone) {
}
