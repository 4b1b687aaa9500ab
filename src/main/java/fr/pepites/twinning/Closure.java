package fr.pepites.twinning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A period a tiers-lieu is closed (holidays, works), both days included. */
@Embeddable
public record Closure(@Column(name = "from_date") LocalDate from, @Column(name = "to_date") LocalDate to,
        String label) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
