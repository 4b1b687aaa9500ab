package fr.pepites.twinning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** One of a twinning's four days, and when its attendance was recorded. */
@Embeddable
public class TwinningDay {

    @Column(name = "day_date")
    private LocalDate date;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected TwinningDay() {
    }

    TwinningDay(LocalDate date) {
        this.date = date;
    }

    public LocalDate getDate() {
        return date;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public boolean isRecorded() {
        return recordedAt != null;
    }

    void moveTo(LocalDate newDate) {
        this.date = newDate;
    }

    void recorded() {
        this.recordedAt = Instant.now();
    }
}
