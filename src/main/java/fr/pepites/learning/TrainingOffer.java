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
import java.util.List;
import java.util.Set;

/**
 * A training, workshop, web conference or peer exchange on offer: what it is, who organises it (the network, a
 * training body, or an SIAE hosting a peer exchange), for whom, how long each session lasts, and the badge it can earn.
 * Its sessions are {@link TrainingSession}s.
 */
@Entity
@Table(name = "learning_offer")
public class TrainingOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_offer_seq")
    @SequenceGenerator(name = "learning_offer_seq", sequenceName = "learning_offer_seq", allocationSize = 50)
    private Long id;

    private String title;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    @Column(name = "organiser_id")
    private long organiserId;

    private String description;

    /** Audience names separated by ",". */
    private String audience;

    /** Themes separated by ";", as the ledger keeps them. */
    private String themes;

    private int minutes;

    @Column(name = "achievement_id")
    private Long achievementId;

    @Column(name = "created_by")
    private String createdBy;

    @Version
    private long version;

    protected TrainingOffer() {
    }

    TrainingOffer(long organiserId, String createdBy) {
        this.organiserId = organiserId;
        this.createdBy = createdBy;
    }

    void set(String title, ActivityKind kind, String description, Set<Audience> audience, List<String> themes,
            int minutes, Long achievementId) {
        this.title = title;
        this.kind = kind;
        this.description = description;
        this.audience = Tags.storedAudience(audience);
        this.themes = Tags.storedThemes(themes);
        this.minutes = minutes;
        this.achievementId = achievementId;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public long getOrganiserId() {
        return organiserId;
    }

    public String getDescription() {
        return description;
    }

    public Set<Audience> audience() {
        return Tags.audienceOf(audience);
    }

    public List<String> themes() {
        return Tags.themesOf(themes);
    }

    public int getMinutes() {
        return minutes;
    }

    public Long getAchievementId() {
        return achievementId;
    }

    public long getVersion() {
        return version;
    }
}
