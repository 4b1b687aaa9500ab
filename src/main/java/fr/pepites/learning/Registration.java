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
import java.time.Instant;

/**
 * A staff account's registration to a session: a seat, a place on the waiting list, or cancelled (one row per
 * account and session, registered again by the same row); then what the attendance sheet says and the survey's
 * answer.
 */
@Entity
@Table(name = "learning_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_registration_seq")
    @SequenceGenerator(name = "learning_registration_seq", sequenceName = "learning_registration_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    @Column(name = "minutes_attended")
    private Integer minutesAttended;

    @Column(name = "survey_score")
    private Integer surveyScore;

    @Column(name = "survey_comment")
    private String surveyComment;

    @Version
    private long version;

    protected Registration() {
    }

    Registration(TrainingSession session, long accountId) {
        this.session = session;
        this.accountId = accountId;
    }

    /** Registered (or on the waiting list) now; a cancelled registration comes back to the end of the queue. */
    void register(RegistrationStatus status, String by) {
        this.status = status;
        this.registeredAt = Instant.now();
        this.registeredBy = by;
    }

    void cancel() {
        status = RegistrationStatus.CANCELLED;
    }

    void promote() {
        status = RegistrationStatus.REGISTERED;
    }

    void attended(Attendance attendance, Integer minutes) {
        this.attendance = attendance;
        this.minutesAttended = minutes;
    }

    void surveyed(int score, String comment) {
        surveyScore = score;
        surveyComment = comment;
    }

    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public long getAccountId() {
        return accountId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public Integer getMinutesAttended() {
        return minutesAttended;
    }

    public Integer getSurveyScore() {
        return surveyScore;
    }

    public String getSurveyComment() {
        return surveyComment;
    }

    public long getVersion() {
        return version;
    }
}
