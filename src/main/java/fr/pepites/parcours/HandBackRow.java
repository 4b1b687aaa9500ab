package fr.pepites.parcours;

import java.time.Instant;
import java.time.LocalDate;

/** A hand-back as the CEP operator it was handed to sees it, before and after accepting it. */
public record HandBackRow(long parcoursId, String reference, String personName, String siaeName, String jobTitle,
        LocalDate plannedEnd, String exitProject, String targetJobTitle, HandBackStatus status, Instant consentAt,
        Instant meetingAt, String meetingPlace) {

    static HandBackRow of(Parcours p) {
        return new HandBackRow(p.getId(), p.businessKey(), p.getPerson().getFullName(), p.getSiae().getName(),
                p.getJobTitle().getName(), p.getPlannedEnd(), p.getExitProject(),
                p.getTargetJobTitle() == null ? null : p.getTargetJobTitle().getName(), p.getHandBackStatus(),
                p.getHandBackConsentAt(), p.getMeetingAt(), p.getMeetingPlace());
    }
}
