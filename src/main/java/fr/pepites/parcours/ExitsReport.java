package fr.pepites.parcours;

import java.time.LocalDate;
import java.util.List;

/**
 * The exits of a period by SIAE and by category, with the share of "sorties dynamiques" (durable, transition and
 * positive exits over the exits counted: those within three months of the start are withdrawn, retrait des sorties
 * constatées).
 */
public record ExitsReport(LocalDate from, LocalDate to, List<Row> rows, Row total) {

    /** One SIAE's exits (or the total's, {@code siaeId} null). */
    public record Row(Long siaeId, String siaeName, long durable, long transition, long positive, long other,
            long withdrawn) {

        public long counted() {
            return durable + transition + positive + other;
        }

        public long dynamic() {
            return durable + transition + positive;
        }

        /** Dynamic exits over the exits counted, between 0 and 1; null when none is counted. */
        public Double dynamicShare() {
            return counted() == 0 ? null : (double) dynamic() / counted();
        }

        Row plus(Row other) {
            return new Row(null, null, durable + other.durable, transition + other.transition,
                    positive + other.positive, this.other + other.other, withdrawn + other.withdrawn);
        }
    }
}
