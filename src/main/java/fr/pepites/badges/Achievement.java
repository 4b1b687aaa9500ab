package fr.pepites.badges;

import fr.pepites.directory.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a badge recognises: its name, description and criteria, image, kind, alignments, issuing organisation and
 * validity (none, or months from the award). A modular path is an achievement of kind {@link BadgeKind#PATH} whose
 * members are the achievements it gathers.
 */
@Entity
@Table(name = "badge_achievement")
public class Achievement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_achievement_seq")
    @SequenceGenerator(name = "badge_achievement_seq", sequenceName = "badge_achievement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id")
    private Organisation issuer;

    @Enumerated(EnumType.STRING)
    private BadgeKind kind;

    private String name;
    private String description;
    private String criteria;

    @Column(name = "image")
    private byte[] image;

    @Column(name = "image_type")
    private String imageType;

    @Column(name = "validity_months")
    private Integer validityMonths;

    private boolean repeatable;
    private boolean active = true;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "badge_alignment", joinColumns = @JoinColumn(name = "achievement_id"))
    @OrderColumn(name = "position")
    private List<Alignment> alignments = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "badge_path_member", joinColumns = @JoinColumn(name = "path_id"),
            inverseJoinColumns = @JoinColumn(name = "achievement_id"))
    private Set<Achievement> members = new HashSet<>();

    /** How many of a path's members earn it (N of M); null: all of them. */
    @Column(name = "required_members")
    private Integer requiredMembers;

    @Version
    private long version;

    protected Achievement() {
    }

    Achievement(Organisation issuer) {
        this.issuer = issuer;
    }

    void update(AchievementData data, Organisation issuer, Set<Achievement> members) {
        this.issuer = issuer;
        this.kind = data.kind();
        this.name = data.name().trim();
        this.description = data.description().trim();
        this.criteria = data.criteria() == null || data.criteria().isBlank() ? null : data.criteria().trim();
        this.validityMonths = data.validityMonths();
        this.repeatable = data.repeatable();
        this.active = data.active();
        this.alignments.clear();
        this.alignments.addAll(data.alignments());
        this.members.clear();
        this.requiredMembers = null;
        if (kind == BadgeKind.PATH) {
            this.members.addAll(members);
            this.requiredMembers = data.requiredMembers();
        }
        if (data.image() != null) {
            this.image = data.image().bytes();
            this.imageType = data.image().contentType();
        }
    }

    /** How many of its members a path asks for: all of them unless it says fewer. */
    public int requiredMemberCount() {
        return requiredMembers == null ? members.size() : requiredMembers;
    }

    public Integer getRequiredMembers() {
        return requiredMembers;
    }

    public Long getId() {
        return id;
    }

    public Organisation getIssuer() {
        return issuer;
    }

    public BadgeKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getCriteria() {
        return criteria;
    }

    public byte[] getImage() {
        return image;
    }

    public String getImageType() {
        return imageType;
    }

    public boolean hasImage() {
        return image != null;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public boolean isRepeatable() {
        return repeatable;
    }

    /** Whether a holder has this badge once at most: not repeatable, or a modular path (issued once by itself). */
    public boolean isHeldOnce() {
        return !repeatable || kind == BadgeKind.PATH;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Alignment> getAlignments() {
        return List.copyOf(alignments);
    }

    public Set<Achievement> getMembers() {
        return Set.copyOf(members);
    }

    public long getVersion() {
        return version;
    }
}
