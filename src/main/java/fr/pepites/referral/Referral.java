package fr.pepites.referral;

import fr.pepites.directory.Organisation;
import fr.pepites.directory.Person;
import fr.pepites.directory.UserAccount;
import fr.pepites.reference.Commune;
import fr.pepites.reference.JobTitle;
import fr.pepites.reference.Licence;
import fr.pepites.vacancy.Vacancy;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A person handed off by a CEP adviser towards an insertion employer: the file the referral process follows. */
@Entity
@Table(name = "referral")
public class Referral {

    private static final String BUSINESS_KEY_PREFIX = "ORI-";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cep_operator_id")
    private Organisation cepOperator;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adviser_id")
    private UserAccount adviser;

    /** Null in a draft not yet told where the person lives, as its availability and goal (migration 28). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_code")
    private Commune commune;

    @Column(name = "mobility_radius_km")
    private int mobilityRadiusKm;

    @Column(name = "has_vehicle")
    private boolean hasVehicle;

    @Column(name = "available_from")
    private LocalDate availableFrom;

    private String note;

    @Column(name = "consent_to_share")
    private boolean consentToShare;

    @Column(name = "consent_recorded_at")
    private Instant consentRecordedAt;

    @Enumerated(EnumType.STRING)
    private Goal goal;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_route")
    private TrainingRoute trainingRoute = TrainingRoute.NONE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "vacancy_id")
    private Vacancy vacancy;

    /** The SIAE the referral is (or was last) sent to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "siae_id")
    private Organisation siae;

    /**
     * The keys of the CEP operator and of the SIAE as the referral's own columns, read-only (the associations above
     * write them): lists filter and sort on them (a sort on {@code siae.id} would sort on the joined organisation
     * instead, which no index of the referral serves).
     */
    @Column(name = "cep_operator_id", insertable = false, updatable = false)
    private Long cepOperatorId;

    @Column(name = "siae_id", insertable = false, updatable = false)
    private Long siaeId;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status = ReferralStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason")
    private RefusalReason refusalReason;

    @Column(name = "refusal_message")
    private String refusalMessage;

    @Column(name = "refusal_shared_with_person")
    private Boolean refusalSharedWithPerson;

    @Column(name = "interview_at")
    private Instant interviewAt;

    @Column(name = "interview_place")
    private String interviewPlace;

    @Column(name = "hiring_date")
    private LocalDate hiringDate;

    @Column(name = "postponed_until")
    private LocalDate postponedUntil;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "status_changed_at")
    private Instant statusChangedAt = Instant.now();

    @Column(name = "sent_at")
    private Instant sentAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_licence", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "licence")
    @Enumerated(EnumType.STRING)
    private Set<Licence> licences = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_barrier", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "barrier")
    @Enumerated(EnumType.STRING)
    private Set<Barrier> barriers = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_criterion", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "criterion")
    @Enumerated(EnumType.STRING)
    private Set<EligibilityCriterion> criteria = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "referral_job_title", joinColumns = @JoinColumn(name = "referral_id"),
            inverseJoinColumns = @JoinColumn(name = "job_title_code"))
    private Set<JobTitle> targetJobTitles = new HashSet<>();

    @Version
    private long version;

    protected Referral() {
    }

    /** A new referral by an adviser, for their CEP operator. */
    Referral(Person person, UserAccount adviser, Organisation cepOperator) {
        this.person = person;
        this.adviser = adviser;
        this.cepOperator = cepOperator;
    }

    void apply(ReferralData data, Commune newCommune, Set<JobTitle> jobTitles, Vacancy newVacancy) {
        this.commune = newCommune;
        this.mobilityRadiusKm = data.getMobilityRadiusKm();
        this.hasVehicle = data.isHasVehicle();
        this.availableFrom = data.getAvailableFrom();
        this.note = data.getNote();
        if (data.isConsentToShare() && !consentToShare) {
            this.consentRecordedAt = Instant.now();
        }
        this.consentToShare = data.isConsentToShare();
        this.goal = data.getGoal();
        this.trainingRoute = data.getTrainingRoute() == null ? TrainingRoute.NONE : data.getTrainingRoute();
        this.vacancy = newVacancy;
        replace(licences, data.getLicences());
        replace(barriers, data.getBarriers());
        // A draft without a goal yet keeps the criteria ticked.
        replace(criteria, data.getGoal() != Goal.STAFF_JOB ? data.getCriteria() : Set.of());
        replace(targetJobTitles, jobTitles);
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        target.addAll(values);
    }

    /** Moves the referral to the state its process has just entered. */
    void enter(ReferralStatus newStatus) {
        this.status = newStatus;
        this.statusChangedAt = Instant.now();
    }

    void sendTo(Vacancy target) {
        this.vacancy = target;
        this.siae = target.getSiae();
        this.sentAt = Instant.now();
        this.refusalReason = null;
        this.refusalMessage = null;
        this.refusalSharedWithPerson = null;
        this.interviewAt = null;
        this.interviewPlace = null;
        this.postponedUntil = null;
    }

    void startedAs(String processInstance) {
        this.processInstanceId = processInstance;
    }

    void scheduleInterview(Instant at, String place) {
        this.interviewAt = at;
        this.interviewPlace = place;
    }

    void accept(LocalDate date) {
        this.hiringDate = date;
    }

    void refuse(RefusalReason reason, String message, boolean sharedWithPerson) {
        this.refusalReason = reason;
        this.refusalMessage = message;
        this.refusalSharedWithPerson = sharedWithPerson;
    }

    void postpone(LocalDate until) {
        this.postponedUntil = until;
    }

    /** The vacancy the referral goes to next (by the adviser, a coordinator or the matching). */
    void target(Vacancy next) {
        this.vacancy = next;
    }

    /** Back to matching: no vacancy targeted any more. */
    void clearTarget() {
        this.vacancy = null;
    }

    public String businessKey() {
        return businessKeyOf(id);
    }

    /** The number users know a referral by, and its process by: "ORI-12". */
    static String businessKeyOf(long id) {
        return BUSINESS_KEY_PREFIX + id;
    }

    /** The referral number in a text such as "ORI-12" or " ori-12 ", if the text is one. */
    public static Optional<Long> idOfBusinessKey(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!key.startsWith(BUSINESS_KEY_PREFIX)) {
            return Optional.empty();
        }
        String digits = key.substring(BUSINESS_KEY_PREFIX.length());
        return digits.matches("\\d{1,18}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getCepOperator() {
        return cepOperator;
    }

    public UserAccount getAdviser() {
        return adviser;
    }

    public Commune getCommune() {
        return commune;
    }

    public int getMobilityRadiusKm() {
        return mobilityRadiusKm;
    }

    public boolean isHasVehicle() {
        return hasVehicle;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public String getNote() {
        return note;
    }

    public boolean isConsentToShare() {
        return consentToShare;
    }

    public Instant getConsentRecordedAt() {
        return consentRecordedAt;
    }

    public Goal getGoal() {
        return goal;
    }

    public TrainingRoute getTrainingRoute() {
        return trainingRoute;
    }

    public Vacancy getVacancy() {
        return vacancy;
    }

    public Organisation getSiae() {
        return siae;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public String getRefusalMessage() {
        return refusalMessage;
    }

    public Boolean getRefusalSharedWithPerson() {
        return refusalSharedWithPerson;
    }

    public Instant getInterviewAt() {
        return interviewAt;
    }

    public String getInterviewPlace() {
        return interviewPlace;
    }

    public LocalDate getHiringDate() {
        return hiringDate;
    }

    public LocalDate getPostponedUntil() {
        return postponedUntil;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Set<Licence> getLicences() {
        return Set.copyOf(licences);
    }

    public Set<Barrier> getBarriers() {
        return Set.copyOf(barriers);
    }

    public Set<EligibilityCriterion> getCriteria() {
        return Set.copyOf(criteria);
    }

    public Set<JobTitle> getTargetJobTitles() {
        return Set.copyOf(targetJobTitles);
    }

    public long getVersion() {
        return version;
    }
}
