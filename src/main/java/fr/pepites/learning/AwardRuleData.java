package fr.pepites.learning;

import java.util.List;

/**
 * An award rule as its form edits it (see {@link AwardRule}); {@code offerId} for a rule of type
 * {@link RuleType#SESSIONS} (whose kind is its offer's), {@code capsuleIds} for {@link RuleType#CAPSULES}, and
 * {@code requiredPercent} for both: the share of sessions attended, or the least score of each capsule.
 */
public record AwardRuleData(Long achievementId, RuleType type, ActivityKind kind, String theme, Integer requiredCount,
        Integer requiredHours, Integer withinMonths, boolean active, Long offerId, Integer requiredPercent,
        List<Long> capsuleIds) {

    public AwardRuleData {
        capsuleIds = capsuleIds == null ? List.of() : List.copyOf(capsuleIds);
    }

    /** A rule counting activities or hours. */
    public AwardRuleData(Long achievementId, RuleType type, ActivityKind kind, String theme, Integer requiredCount,
            Integer requiredHours, Integer withinMonths, boolean active) {
        this(achievementId, type, kind, theme, requiredCount, requiredHours, withinMonths, active, null, null, null);
    }

    /** A rule over an offer's sessions. */
    public AwardRuleData(Long achievementId, RuleType type, ActivityKind kind, String theme, Integer requiredCount,
            Integer requiredHours, Integer withinMonths, boolean active, Long offerId, Integer requiredPercent) {
        this(achievementId, type, kind, theme, requiredCount, requiredHours, withinMonths, active, offerId,
                requiredPercent, null);
    }
}
