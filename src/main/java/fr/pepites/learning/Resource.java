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
import java.util.Set;

/**
 * A resource of the resource centre: a practical sheet, a video, a tool, a replay, a link, or a PDF file (its content
 * in {@link ResourceFile}); for an audience and themes; kept by its owner organisation, reviewed every
 * {@code reviewMonths} months, after which it is shown "à actualiser".
 */
@Entity
@Table(name = "learning_resource")
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_resource_seq")
    @SequenceGenerator(name = "learning_resource_seq", sequenceName = "learning_resource_seq", allocationSize = 50)
    private Long id;

    private String title;

    @Enumerated(EnumType.STRING)
    private ResourceKind kind;

    private String description;

    private String audience;

    private String themes;

    /** Title, description and themes without accents nor case, for the search. */
    @Column(name = "search_text")
    private String searchText;

    private String link;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_size")
    private Integer fileSize;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "review_months")
    private int reviewMonths;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "useful_count")
    private int usefulCount;

    @Column(name = "created_by")
    private String createdBy;

    @Version
    private long version;

    protected Resource() {
    }

    Resource(long ownerId, String createdBy) {
        this.ownerId = ownerId;
        this.createdBy = createdBy;
    }

    void set(String title, ResourceKind kind, String description, Set<Audience> audience, List<String> themes,
            String link, int reviewMonths, LocalDate today) {
        this.title = title;
        this.kind = kind;
        this.description = description;
        this.audience = Tags.storedAudience(audience);
        this.themes = Tags.storedThemes(themes);
        this.link = link;
        this.reviewMonths = reviewMonths;
        this.searchText = fr.pepites.common.SearchText.normalize(title + " " + (description == null ? "" : description)
                + " " + String.join(" ", themes));
        reviewed(today);
    }

    void file(String name, Integer size) {
        this.fileName = name;
        this.fileSize = size;
    }

    /** Its content was checked today: fresh for {@code reviewMonths} more months. */
    void reviewed(LocalDate today) {
        reviewedOn = today;
        reviewDue = today.plusMonths(reviewMonths);
        remindedOn = null;
    }

    void reminded(LocalDate today) {
        remindedOn = today;
    }

    /** The day it is to be reviewed from. */
    public LocalDate reviewDue() {
        return reviewDue;
    }

    public boolean toReview(LocalDate today) {
        return !today.isBefore(reviewDue);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public ResourceKind getKind() {
        return kind;
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

    public String getLink() {
        return link;
    }

    public String getFileName() {
        return fileName;
    }

    public Integer getFileSize() {
        return fileSize;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public int getReviewMonths() {
        return reviewMonths;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public int getUsefulCount() {
        return usefulCount;
    }

    public long getVersion() {
        return version;
    }
}
