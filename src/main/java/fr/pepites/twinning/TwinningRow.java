package fr.pepites.twinning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A twinning in a list: who asks, who hosts, its stage and its days. */
public record TwinningRow(long id, String businessKey, String siaeName, String tiersLieuName, TwinningStatus status,
        Rhythm rhythm, List<String> themeCodes, int participants, LocalDate earliestStart, LocalDate latestEnd,
        List<LocalDate> days, Instant updatedAt) {

    static TwinningRow of(Twinning t) {
        return new TwinningRow(t.getId(), t.businessKey(), t.getSiae().getName(),
                t.getTiersLieu() == null ? null : t.getTiersLieu().getName(), t.getStatus(), t.getRhythm(),
                t.getThemes().stream().sorted().toList(), t.getParticipants().size(), t.getEarliestStart(),
                t.getLatestEnd(), t.getDates(), t.getUpdatedAt());
    }
}
