package fr.pepites.parcours;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A suspension of the contract, from and to (both included), with its reason. */
@Embeddable
public class Suspension {

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    private SuspensionReason reason;

    protected Suspension() {
    }

    Suspension(LocalDate fromDate, LocalDate toDate, SuspensionReason reason) {
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.reason = reason;
    }

    /** Its length in days, both ends included: what it pushes the ends back by. */
    public long days() {
        return ChronoUnit.DAYS.between(fromDate, toDate) + 1;
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(toDate) && !to.isBefore(fromDate);
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public SuspensionReason getReason() {
        return reason;
    }
}
