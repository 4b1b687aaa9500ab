package fr.pepites.twinning;

import fr.pepites.directory.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a tiers-lieu offers for twinnings: themes, machines, seats per day, the weekdays it opens, how many twinning
 * days it hosts in a week at most, and the periods it is closed. Kept by its manager.
 */
@Entity
@Table(name = "tiers_lieu_offer")
public class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tiers_lieu_offer_seq")
    @SequenceGenerator(name = "tiers_lieu_offer_seq", sequenceName = "tiers_lieu_offer_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tiers_lieu_id")
    private Organisation tiersLieu;

    @Column(name = "tiers_lieu_id", insertable = false, updatable = false)
    private Long tiersLieuId;

    private String machines;

    @Column(name = "seats_per_day")
    private int seatsPerDay;

    @Column(name = "weekly_limit")
    private int weeklyLimit;

    @Convert(converter = Weekdays.Converter.class)
    @Column(name = "open_weekdays")
    private Set<DayOfWeek> openWeekdays = EnumSet.noneOf(DayOfWeek.class);

    @ElementCollection
    @CollectionTable(name = "tiers_lieu_offer_theme", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new LinkedHashSet<>();

    /**
     * A set, not a list: read together with the themes (one query, {@code OfferRepository}), a list took each closure
     * once per theme, and saving the offer stored every copy (issue 28).
     */
    @ElementCollection
    @CollectionTable(name = "tiers_lieu_closure", joinColumns = @JoinColumn(name = "offer_id"))
    private Set<Closure> closures = new LinkedHashSet<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Offer() {
    }

    Offer(Organisation tiersLieu) {
        this.tiersLieu = tiersLieu;
    }

    void update(OfferData data) {
        this.machines = data.machines() == null || data.machines().isBlank() ? null : data.machines().trim();
        this.seatsPerDay = data.seatsPerDay();
        this.weeklyLimit = data.weeklyLimit();
        this.openWeekdays = EnumSet.noneOf(DayOfWeek.class);
        this.openWeekdays.addAll(data.openWeekdays());
        this.themes = new LinkedHashSet<>(data.themes());
        this.closures = new LinkedHashSet<>(data.closures());
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Organisation getTiersLieu() {
        return tiersLieu;
    }

    public long getTiersLieuId() {
        return tiersLieuId != null ? tiersLieuId : tiersLieu.getId();
    }

    public String getMachines() {
        return machines;
    }

    public int getSeatsPerDay() {
        return seatsPerDay;
    }

    public int getWeeklyLimit() {
        return weeklyLimit;
    }

    public Set<DayOfWeek> getOpenWeekdays() {
        return Set.copyOf(openWeekdays);
    }

    public Set<String> getThemes() {
        return Set.copyOf(themes);
    }

    /** Its closures, the earliest first. */
    public List<Closure> getClosures() {
        return closures.stream().sorted(Comparator.comparing(Closure::from).thenComparing(Closure::to)).toList();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
