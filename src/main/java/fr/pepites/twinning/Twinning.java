package fr.pepites.twinning;

import fr.pepites.directory.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A knowledge-transfer twinning (TSF): an SIAE's request for four days at a tiers-lieu, from the draft to the badge
 * earners. Its process ({@code bpmn/twinning.bpmn}, business key TSF-&lt;id&gt;) starts at the submission.
 */
@Entity
@Table(name = "twinning")
public class Twinning {

    public static final int DAYS = 4;
    /** Days present out of four to earn the twinning's badge. */
    public static final int DAYS_TO_EARN_THE_BADGE = 3;
    private static final String BUSINESS_KEY_PREFIX = "TSF-";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "twinning_seq")
    @SequenceGenerator(name = "twinning_seq", sequenceName = "twinning_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "siae_id")
    private Organisation siae;

    @Column(name = "siae_id", insertable = false, updatable = false)
    private Long siaeId;

    @Enumerated(EnumType.STRING)
    private TwinningStatus status;

    @Enumerated(EnumType.STRING)
    private Rhythm rhythm;

    @Column(name = "earliest_start")
    private LocalDate earliestStart;

    @Column(name = "latest_end")
    private LocalDate latestEnd;

    @Convert(converter = Weekdays.Converter.class)
    @Column(name = "unavailable_weekdays")
    private Set<DayOfWeek> unavailableWeekdays = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "max_distance_km")
    private int maxDistanceKm;

    private String note;

    @ElementCollection
    @CollectionTable(name = "twinning_requested_theme", joinColumns = @JoinColumn(name = "twinning_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "twinning_participant", joinColumns = @JoinColumn(name = "twinning_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tiers_lieu_id")
    private Organisation tiersLieu;

    @Column(name = "tiers_lieu_id", insertable = false, updatable = false)
    private Long tiersLieuId;

    @Column(name = "distance_km")
    private Integer distanceKm;

    @ElementCollection
    @CollectionTable(name = "twinning_day", joinColumns = @JoinColumn(name = "twinning_id"))
    @OrderColumn(name = "position")
    private List<TwinningDay> days = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "twinning_exclusion", joinColumns = @JoinColumn(name = "twinning_id"))
    @Column(name = "tiers_lieu_id")
    private Set<Long> excludedTiersLieux = new LinkedHashSet<>();

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by_side")
    private Side cancelledBy;

    @Column(name = "siae_score")
    private Integer siaeScore;
    @Column(name = "siae_comment")
    private String siaeComment;
    @Column(name = "siae_evaluated_at")
    private Instant siaeEvaluatedAt;
    @Column(name = "host_score")
    private Integer hostScore;
    @Column(name = "host_comment")
    private String hostComment;
    @Column(name = "host_evaluated_at")
    private Instant hostEvaluatedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Twinning() {
    }

    Twinning(Organisation siae, String createdBy) {
        this.siae = siae;
        this.createdBy = createdBy;
        this.status = TwinningStatus.DRAFT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public static Optional<Long> idOfBusinessKey(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(BUSINESS_KEY_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(businessKey.substring(BUSINESS_KEY_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String businessKey() {
        return businessKeyOf(id);
    }

    /** TSF-12: the business key of a twinning's process, as files, e-mails and badges name it. */
    public static String businessKeyOf(long id) {
        return BUSINESS_KEY_PREFIX + id;
    }

    // --- Changes --------------------------------------------------------------------------------------------

    void update(TwinningData data, List<Participant> named) {
        this.themes = new LinkedHashSet<>(data.themes());
        this.participants = new ArrayList<>(named);
        this.earliestStart = data.earliestStart();
        this.latestEnd = data.latestEnd();
        this.rhythm = data.rhythm();
        this.unavailableWeekdays = EnumSet.noneOf(DayOfWeek.class);
        this.unavailableWeekdays.addAll(data.unavailableWeekdays());
        this.maxDistanceKm = data.maxDistanceKm();
        this.note = data.note() == null || data.note().isBlank() ? null : data.note().trim();
        touch();
    }

    void submitted() {
        this.submittedAt = Instant.now();
        touch();
    }

    void enter(TwinningStatus next) {
        this.status = next;
        touch();
    }

    /** A proposal accepted by the coordinator: the tiers-lieu and the four days, until approved or declined. */
    void matched(Organisation host, List<LocalDate> dates, int distance) {
        this.tiersLieu = host;
        this.tiersLieuId = host.getId();
        this.days = new ArrayList<>(dates.stream().map(TwinningDay::new).toList());
        this.distanceKm = distance;
        touch();
    }

    /** Declined by either side: that tiers-lieu is never proposed again for this request, the days are freed. */
    void declined() {
        if (tiersLieuId != null) {
            excludedTiersLieux.add(tiersLieuId);
        }
        this.tiersLieu = null;
        this.tiersLieuId = null;
        this.days.clear();
        this.distanceKm = null;
        touch();
    }

    void cancelled(Side by, String reason) {
        this.cancelledBy = by;
        this.cancelReason = reason;
        this.status = TwinningStatus.CANCELLED;
        touch();
    }

    void moveDay(int day, LocalDate to) {
        days.get(day).moveTo(to);
        touch();
    }

    void recordAttendance(int day, List<Boolean> presentByParticipant) {
        for (int i = 0; i < participants.size(); i++) {
            participants.get(i).record(day, presentByParticipant.get(i));
        }
        days.get(day).recorded();
        touch();
    }

    void evaluated(Side side, int score, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (side == Side.SIAE) {
            siaeScore = score;
            siaeComment = text;
            siaeEvaluatedAt = Instant.now();
        } else {
            hostScore = score;
            hostComment = text;
            hostEvaluatedAt = Instant.now();
        }
        touch();
    }

    /** Marks the participants present at least three days as the badge's earners; returns them. */
    List<Participant> markBadgeEarners() {
        List<Participant> earners = new ArrayList<>();
        for (Participant p : participants) {
            p.setBadgeEarner(p.daysPresent() >= DAYS_TO_EARN_THE_BADGE);
            if (p.isBadgeEarner()) {
                earners.add(p);
            }
        }
        return earners;
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    // --- Reading --------------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public Organisation getSiae() {
        return siae;
    }

    public long getSiaeId() {
        return siaeId != null ? siaeId : siae.getId();
    }

    public TwinningStatus getStatus() {
        return status;
    }

    public Rhythm getRhythm() {
        return rhythm;
    }

    public LocalDate getEarliestStart() {
        return earliestStart;
    }

    public LocalDate getLatestEnd() {
        return latestEnd;
    }

    public Set<DayOfWeek> getUnavailableWeekdays() {
        return Set.copyOf(unavailableWeekdays);
    }

    public int getMaxDistanceKm() {
        return maxDistanceKm;
    }

    public String getNote() {
        return note;
    }

    public Set<String> getThemes() {
        return Set.copyOf(themes);
    }

    public List<Participant> getParticipants() {
        return List.copyOf(participants);
    }

    public Organisation getTiersLieu() {
        return tiersLieu;
    }

    public Long getTiersLieuId() {
        return tiersLieuId;
    }

    public Integer getDistanceKm() {
        return distanceKm;
    }

    public List<TwinningDay> getDays() {
        return List.copyOf(days);
    }

    public List<LocalDate> getDates() {
        return days.stream().map(TwinningDay::getDate).toList();
    }

    public Optional<LocalDate> firstDay() {
        return days.stream().map(TwinningDay::getDate).min(LocalDate::compareTo);
    }

    public Set<Long> getExcludedTiersLieux() {
        return Set.copyOf(excludedTiersLieux);
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Side getCancelledBy() {
        return cancelledBy;
    }

    public Integer getSiaeScore() {
        return siaeScore;
    }

    public String getSiaeComment() {
        return siaeComment;
    }

    public Instant getSiaeEvaluatedAt() {
        return siaeEvaluatedAt;
    }

    public Integer getHostScore() {
        return hostScore;
    }

    public String getHostComment() {
        return hostComment;
    }

    public Instant getHostEvaluatedAt() {
        return hostEvaluatedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
