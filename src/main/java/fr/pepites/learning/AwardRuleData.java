package fr.pepites.learning;

/** An award rule as its form edits it (see {@link AwardRule}). */
public record AwardRuleData(Long achievementId, RuleType type, ActivityKind kind, String theme, Integer requiredCount,
        Integer requiredHours, Integer withinMonths, boolean active) {
}
