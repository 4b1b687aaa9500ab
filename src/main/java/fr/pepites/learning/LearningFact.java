package fr.pepites.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * A learning fact to write in the ledger, as its source states it (see {@link LearningActivity}); {@code reason} is
 * required for an entry by hand only; {@code score} (0 to 100) is a capsule's or an imported course's, when it has one.
 */
public record LearningFact(Learner learner, ActivityKind kind, LocalDate date, int minutes, Modality modality,
        List<String> themes, String evidenceText, String evidenceUrl, ActivitySource source, String sourceRef,
        String reason, Integer score) {

    public LearningFact {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** A fact without a score. */
    public LearningFact(Learner learner, ActivityKind kind, LocalDate date, int minutes, Modality modality,
            List<String> themes, String evidenceText, String evidenceUrl, ActivitySource source, String sourceRef,
            String reason) {
        this(learner, kind, date, minutes, modality, themes, evidenceText, evidenceUrl, source, sourceRef, reason, null);
    }
}
