package fr.pepites.parcours;

import fr.pepites.directory.Organisation;
import fr.pepites.directory.Person;
import fr.pepites.reference.JobTitle;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The months of an insertion employee in one SIAE, from the hiring to six months after the exit: the file the parcours
 * process ({@code bpmn/parcours-transition.bpmn}) follows.
 */
@Entity
@Table(name = "parcours")
public class Parcours {

    private static final String BUSINESS_KEY_PREFIX = "PAR-";
    /** An exit this soon after the start is not counted among the exits (retrait des sorties constatées). */
    static final int MONTHS_BEFORE_AN_EXIT_COUNTS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parcours_seq")
    @SequenceGenerator(name = "parcours_seq", sequenceName = "parcours_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "siae_id")
    private Organisation siae;

    /** The SIAE's key as the parcours's own column, read-only: lists filter and sort on it. */
    @Column(name = "siae_id", insertable = false, updatable = false)
    private Long siaeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pass_id")
    private PassIae pass;

    /** The referral whose acceptance started it, if any. */
    @Column(name = "referral_id")
    private Long referralId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_title_code")
    private JobTitle jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type")
    private ContractKind contractType;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "weekly_hours")
    private int weeklyHours;

    @Enumerated(EnumType.STRING)
    private ParcoursStatus status = ParcoursStatus.IN_PROGRESS;

    @ElementCollection
    @CollectionTable(name = "parcours_suspension", joinColumns = @JoinColumn(name = "parcours_id"))
    @OrderBy("fromDate")
    private List<Suspension> suspensions = new ArrayList<>();

    @Column(name = "break_date")
    private LocalDate breakDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "break_reason")
    private BreakReason breakReason;

    @Column(name = "exit_date")
    private LocalDate exitDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason")
    private ExitReason exitReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_category")
    private ExitCategory exitCategory;

    /** False for an exit within three months of the start (retrait des sorties constatées). */
    @Column(name = "exit_counted")
    private Boolean exitCounted;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_reason")
    private ExitReason followUpReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_category")
    private ExitCategory followUpCategory;

    @Column(name = "follow_up_note")
    private String followUpNote;

    @Column(name = "followed_up_at")
    private Instant followedUpAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "exit_project")
    private String exitProject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_job_title_code")
    private JobTitle targetJobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hand_back_cep_id")
    private Organisation handBackCep;

    @Column(name = "hand_back_cep_id", insertable = false, updatable = false)
    private Long handBackCepId;

    @Enumerated(EnumType.STRING)
    @Column(name = "hand_back_status")
    private HandBackStatus handBackStatus;

    @Column(name = "hand_back_consent_at")
    private Instant handBackConsentAt;

    @Column(name = "meeting_at")
    private Instant meetingAt;

    @Column(name = "meeting_place")
    private String meetingPlace;

    @Column(name = "hand_back_decline_reason")
    private String handBackDeclineReason;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    private Instant updatedAt = createdAt;

    @Version
    private long version;

    protected Parcours() {
    }

    Parcours(Person person, Organisation siae, PassIae pass, Long referralId, JobTitle jobTitle,
            ContractKind contractType, LocalDate startDate, LocalDate plannedEnd, int weeklyHours) {
        this.person = person;
        this.siae = siae;
        this.pass = pass;
        this.referralId = referralId;
        this.jobTitle = jobTitle;
        this.contractType = contractType;
        this.startDate = startDate;
        this.plannedEnd = plannedEnd;
        this.weeklyHours = weeklyHours;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public String businessKey() {
        return businessKeyOf(id);
    }

    public static String businessKeyOf(long id) {
        return BUSINESS_KEY_PREFIX + id;
    }

    /** The id a parcours's number ("PAR-12", any case, spaces around) stands for, if the text is one. */
    public static Optional<Long> idOfBusinessKey(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        if (!key.startsWith(BUSINESS_KEY_PREFIX) || !key.substring(BUSINESS_KEY_PREFIX.length()).matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(key.substring(BUSINESS_KEY_PREFIX.length())));
    }

    void enter(ParcoursStatus status) {
        this.status = status;
    }

    void renew(LocalDate newEnd) {
        this.plannedEnd = newEnd;
    }

    /** Records the suspension; the planned end moves back by its length, as the PASS end does. */
    void suspend(Suspension suspension) {
        suspensions.add(suspension);
        plannedEnd = plannedEnd.plusDays(suspension.days());
    }

    boolean suspensionOverlaps(LocalDate from, LocalDate to) {
        return suspensions.stream().anyMatch(s -> s.overlaps(from, to));
    }

    void breakOff(LocalDate date, BreakReason reason) {
        this.breakDate = date;
        this.breakReason = reason;
    }

    void reviewed(String exitProject, JobTitle targetJobTitle) {
        this.exitProject = exitProject;
        this.targetJobTitle = targetJobTitle;
        this.reviewedAt = Instant.now();
        this.status = ParcoursStatus.REVIEWED;
    }

    void handBackTo(Organisation cep) {
        this.handBackCep = cep;
        this.handBackStatus = HandBackStatus.PENDING;
        this.handBackConsentAt = handBackConsentAt == null ? Instant.now() : handBackConsentAt;
        this.handBackDeclineReason = null;
    }

    void handBackAccepted(Instant meetingAt, String meetingPlace) {
        this.handBackStatus = HandBackStatus.ACCEPTED;
        this.meetingAt = meetingAt;
        this.meetingPlace = meetingPlace;
    }

    void handBackDeclined(String reason) {
        this.handBackStatus = HandBackStatus.DECLINED;
        this.handBackDeclineReason = reason;
    }

    void recordExit(LocalDate date, ExitReason reason) {
        this.exitDate = date;
        this.exitReason = reason;
        this.exitCategory = reason.category();
        this.exitCounted = !date.isBefore(startDate.plusMonths(MONTHS_BEFORE_AN_EXIT_COUNTS));
        this.status = ParcoursStatus.EXITED;
    }

    void followUp(ExitReason situation, String note) {
        this.followUpReason = situation;
        this.followUpCategory = situation.category();
        this.followUpNote = note;
        this.followedUpAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getSiae() {
        return siae;
    }

    public PassIae getPass() {
        return pass;
    }

    public Long getReferralId() {
        return referralId;
    }

    public JobTitle getJobTitle() {
        return jobTitle;
    }

    public ContractKind getContractType() {
        return contractType;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public int getWeeklyHours() {
        return weeklyHours;
    }

    public ParcoursStatus getStatus() {
        return status;
    }

    public List<Suspension> getSuspensions() {
        return List.copyOf(suspensions);
    }

    public LocalDate getBreakDate() {
        return breakDate;
    }

    public BreakReason getBreakReason() {
        return breakReason;
    }

    public LocalDate getExitDate() {
        return exitDate;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public ExitCategory getExitCategory() {
        return exitCategory;
    }

    public Boolean getExitCounted() {
        return exitCounted;
    }

    public ExitReason getFollowUpReason() {
        return followUpReason;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getExitProject() {
        return exitProject;
    }

    public JobTitle getTargetJobTitle() {
        return targetJobTitle;
    }

    public Organisation getHandBackCep() {
        return handBackCep;
    }

    public HandBackStatus getHandBackStatus() {
        return handBackStatus;
    }

    public Instant getHandBackConsentAt() {
        return handBackConsentAt;
    }

    public Instant getMeetingAt() {
        return meetingAt;
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public String getHandBackDeclineReason() {
        return handBackDeclineReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
