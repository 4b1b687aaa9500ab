package fr.pepites.twinning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A twinning's day whose attendance was just recorded, with who was present (persons in parcours and staff
 * accounts) and the twinning's themes: published in the transaction that records it, for the learning ledger.
 */
public record TwinningDayAttended(String businessKey, LocalDate date, List<Long> presentPersonIds,
        List<Long> presentAccountIds, Set<String> themes) {
}
