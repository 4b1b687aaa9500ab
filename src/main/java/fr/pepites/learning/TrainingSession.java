package fr.pepites.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One session of an offer: when (Paris time), where (a commune and an address, or a video link), how many seats, and
 * until when one registers. Its life is {@code bpmn/learning-session.bpmn} (business key {@code SES-<id>}); its
 * status follows the process. {@code calendarSequence} counts its changes, as the iCalendar invitations say them.
 */
@Entity
@Table(name = "learning_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_session_seq")
    @SequenceGenerator(name = "learning_session_seq", sequenceName = "learning_session_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private TrainingOffer offer;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    @Column(name = "commune_code")
    private String communeCode;

    private String address;

    @Column(name = "video_link")
    private String videoLink;

    private int capacity;

    @Column(name = "registration_deadline")
    private LocalDateTime registrationDeadline;

    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.OPEN;

    @Column(name = "calendar_sequence")
    private int calendarSequence;

    @Version
    private long version;

    protected TrainingSession() {
    }

    TrainingSession(TrainingOffer offer) {
        this.offer = offer;
    }

    /** The business key of its process and its reference in the ledger: "SES-12". */
    public static String businessKey(long id) {
        return "SES-" + id;
    }

    public String businessKey() {
        return businessKey(id);
    }

    void set(SessionData data) {
        if (id != null) {
            calendarSequence++;
        }
        startsAt = data.startsAt();
        endsAt = data.endsAt();
        communeCode = data.communeCode();
        address = data.address();
        videoLink = data.videoLink();
        capacity = data.capacity();
        registrationDeadline = data.registrationDeadline();
    }

    void enter(SessionStatus status) {
        this.status = status;
    }

    void cancel() {
        status = SessionStatus.CANCELLED;
        calendarSequence++;
    }

    public Long getId() {
        return id;
    }

    public TrainingOffer getOffer() {
        return offer;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    /** Its length in minutes: what an attendance counts at most. */
    public int minutes() {
        return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public String getAddress() {
        return address;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalDateTime getRegistrationDeadline() {
        return registrationDeadline;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public long getVersion() {
        return version;
    }
}
