package fr.pepites.twinning;

/**
 * Where a twinning stands; every state after the draft is a place in {@code bpmn/twinning.bpmn}, set by its listeners.
 * Labels: "twinning.status.NAME".
 */
public enum TwinningStatus {
    DRAFT,
    AWAITING_MATCH,
    AWAITING_APPROVAL,
    AWAITING_CONFIRMATION,
    SCHEDULED,
    EVALUATION,
    CLOSED,
    CANCELLED;

    /** A request the SIAE or the tiers-lieu may still cancel (the days not yet begun is checked apart). */
    public boolean cancellable() {
        return this == DRAFT || this == AWAITING_MATCH || this == AWAITING_APPROVAL || this == AWAITING_CONFIRMATION
                || this == SCHEDULED;
    }

    /** The states whose days hold seats at their tiers-lieu. */
    public static final java.util.Set<TwinningStatus> HOLDING_SEATS = java.util.EnumSet.of(AWAITING_APPROVAL,
            AWAITING_CONFIRMATION, SCHEDULED, EVALUATION, CLOSED);
    /**
     * The states after the SIAE's director approved the proposal: from then on, the tiers-lieu knows who comes (before,
     * the number of participants only).
     */
    public static final java.util.Set<TwinningStatus> APPROVED = java.util.EnumSet.of(AWAITING_CONFIRMATION, SCHEDULED,
            EVALUATION, CLOSED);
    /** The states after the tiers-lieu confirmed: the SIAE has twinned with it. */
    public static final java.util.Set<TwinningStatus> CONFIRMED = java.util.EnumSet.of(SCHEDULED, EVALUATION, CLOSED);
}
