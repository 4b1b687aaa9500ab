package fr.pepites.learning;

import java.time.LocalDateTime;

/** A session as its form edits it: times in Paris time, a place (commune and address) or a video link, or both. */
public record SessionData(LocalDateTime startsAt, LocalDateTime endsAt, String communeCode, String address,
        String videoLink, Integer capacity, LocalDateTime registrationDeadline) {
}
