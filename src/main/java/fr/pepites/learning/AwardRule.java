package fr.pepites.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;

/**
 * When an achievement is earned from the ledger: at least {@code requiredCount} activities ({@link RuleType#COUNT})
 * or {@code requiredHours} hours ({@link RuleType#HOURS}) of a kind, and of a theme if it names one, within the last
 * {@code withinMonths} months (ever when it names none), or {@code requiredPercent} % of the sessions of an offer
 * attended ({@link RuleType#SESSIONS}, the offer's kind). One rule per achievement at most.
 */
@Entity
@Table(name = "learning_award_rule")
public class AwardRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_award_rule_seq")
    @SequenceGenerator(name = "learning_award_rule_seq", sequenceName = "learning_award_rule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "achievement_id")
    private long achievementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_type")
    private RuleType type;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private String theme;

    @Column(name = "required_count")
    private Integer requiredCount;

    @Column(name = "within_months")
    private Integer withinMonths;

    @Column(name = "required_hours")
    private Integer requiredHours;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "required_percent")
    private Integer requiredPercent;

    /** The capsules of a rule {@link RuleType#CAPSULES}, ids separated by ",". */
    @Column(name = "capsule_ids")
    private String capsuleIds;

    private boolean active = true;

    @Version
    private long version;

    protected AwardRule() {
    }

    AwardRule(long achievementId) {
        this.achievementId = achievementId;
    }

    void set(AwardRuleData data) {
        type = data.type();
        kind = data.kind();
        theme = data.theme() == null || data.theme().isBlank() ? null : data.theme().trim();
        requiredCount = type == RuleType.COUNT ? data.requiredCount() : null;
        requiredHours = type == RuleType.HOURS ? data.requiredHours() : null;
        offerId = type == RuleType.SESSIONS ? data.offerId() : null;
        boolean percent = type == RuleType.SESSIONS || type == RuleType.CAPSULES;
        requiredPercent = percent ? data.requiredPercent() : null;
        capsuleIds = type == RuleType.CAPSULES ? data.capsuleIds().stream().distinct().sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")) : null;
        withinMonths = percent ? null : data.withinMonths();
        active = data.active();
    }

    /** The activities of this rule's kind and theme among these (all of one learner), in their window at {@code today}. */
    List<LearningActivity> counted(List<LearningActivity> activities, LocalDate today) {
        LocalDate since = withinMonths == null ? LocalDate.MIN : today.minusMonths(withinMonths);
        return activities.stream().filter(a -> a.getKind() == kind && !a.getDate().isBefore(since)
                && !a.getDate().isAfter(today) && (theme == null || a.themes().contains(theme))).toList();
    }

    /**
     * How far these counted activities go: a count, whole hours, or the share of the offer's {@code sessions} they
     * attended (in whole percents).
     */
    int progressOf(List<LearningActivity> counted, int sessions) {
        return switch (type) {
            case COUNT -> counted.size();
            case HOURS -> counted.stream().mapToInt(LearningActivity::getMinutes).sum() / 60;
            case SESSIONS -> sessions == 0 ? 0
                    : (int) (counted.stream().map(LearningActivity::getSourceRef).distinct().count() * 100 / sessions);
            case CAPSULES -> (int) counted.stream().map(LearningActivity::getSourceRef).distinct().count();
        };
    }

    /** What the rule asks for, in the unit of {@link #progressOf}. */
    int target() {
        return switch (type) {
            case COUNT -> requiredCount;
            case HOURS -> requiredHours;
            case SESSIONS -> requiredPercent;
            case CAPSULES -> capsuleIds().size();
        };
    }

    public Long getId() {
        return id;
    }

    public long getAchievementId() {
        return achievementId;
    }

    public RuleType getType() {
        return type;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTheme() {
        return theme;
    }

    public Integer getRequiredCount() {
        return requiredCount;
    }

    public Integer getWithinMonths() {
        return withinMonths;
    }

    public Integer getRequiredHours() {
        return requiredHours;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Integer getRequiredPercent() {
        return requiredPercent;
    }

    public List<Long> capsuleIds() {
        return capsuleIds == null ? List.of()
                : java.util.Arrays.stream(capsuleIds.split(",")).map(Long::valueOf).toList();
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
