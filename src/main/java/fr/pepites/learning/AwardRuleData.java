package fr.pepites.learning;

/**
 * An award rule as its form edits it (see {@link AwardRule}); {@code offerId} and {@code requiredPercent} for a rule
 * of type {@link RuleType#SESSIONS} only, whose kind is its offer's.
 */
public record AwardRuleData(Long achievementId, RuleType type, ActivityKind kind, String theme, Integer requiredCount,
        Integer requiredHours, Integer withinMonths, boolean active, Long offerId, Integer requiredPercent) {

    /** A rule counting activities or hours. */
    public AwardRuleData(Long achievementId, RuleType type, ActivityKind kind, String theme, Integer requiredCount,
            Integer requiredHours, Integer withinMonths, boolean active) {
        this(achievementId, type, kind, theme, requiredCount, requiredHours, withinMonths, active, null, null);
    }
}
