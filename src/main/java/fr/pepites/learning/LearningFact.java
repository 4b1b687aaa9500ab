package fr.pepites.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * A learning fact to write in the ledger, as its source states it (see {@link LearningActivity}); {@code reason} is
 * required for an entry by hand only.
 */
public record LearningFact(Learner learner, ActivityKind kind, LocalDate date, int minutes, Modality modality,
        List<String> themes, String evidenceText, String evidenceUrl, ActivitySource source, String sourceRef,
        String reason) {

    public LearningFact {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
