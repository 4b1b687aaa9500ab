package fr.pepites.vacancy;

import fr.pepites.directory.Organisation;
import fr.pepites.reference.Commune;
import fr.pepites.reference.JobTitle;
import fr.pepites.reference.Licence;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A job description with seats (fiche de poste), kept by its SIAE. */
@Entity
@Table(name = "vacancy")
public class Vacancy {

    /** A vacancy nobody has touched for this long is shown to its SIAE as needing an update. */
    public static final Duration STALE_AFTER = Duration.ofDays(90);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "siae_id")
    private Organisation siae;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "job_title_code")
    private JobTitle jobTitle;

    @Enumerated(EnumType.STRING)
    private VacancyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type")
    private ContractType contractType;

    @Column(name = "hours_per_week")
    private int hoursPerWeek;

    private int seats;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "commune_code")
    private Commune commune;

    @Column(name = "start_date")
    private LocalDate startDate;

    private String description;

    private boolean open = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_licence", joinColumns = @JoinColumn(name = "vacancy_id"))
    @Column(name = "licence")
    @Enumerated(EnumType.STRING)
    private Set<Licence> requiredLicences = new HashSet<>();

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Vacancy() {
    }

    Vacancy(Organisation siae, VacancyData data, JobTitle jobTitle, Commune commune) {
        this.siae = siae;
        apply(data, jobTitle, commune);
    }

    void apply(VacancyData data, JobTitle newJobTitle, Commune newCommune) {
        this.jobTitle = newJobTitle;
        this.kind = data.getKind();
        this.contractType = data.getContractType();
        this.hoursPerWeek = data.getHoursPerWeek();
        this.seats = data.getSeats();
        this.commune = newCommune;
        this.startDate = data.getStartDate();
        this.description = data.getDescription();
        this.requiredLicences.clear();
        this.requiredLicences.addAll(data.getRequiredLicences());
        this.updatedAt = Instant.now();
    }

    void setOpen(boolean open) {
        this.open = open;
        this.updatedAt = Instant.now();
    }

    public boolean isStale(Instant now) {
        return open && updatedAt.plus(STALE_AFTER).isBefore(now);
    }

    public VacancyData toData() {
        VacancyData data = new VacancyData();
        data.setJobTitleCode(jobTitle.getCode());
        data.setKind(kind);
        data.setContractType(contractType);
        data.setHoursPerWeek(hoursPerWeek);
        data.setSeats(seats);
        data.setCommuneCode(commune.getInseeCode());
        data.setStartDate(startDate);
        data.setDescription(description);
        data.setRequiredLicences(requiredLicences.isEmpty() ? EnumSet.noneOf(Licence.class)
                : EnumSet.copyOf(requiredLicences));
        data.setVersion(version);
        return data;
    }

    /** "Agent / Agente de tri (Atelier Vélo Solidaire, Pessac)". */
    public String getLabel() {
        return jobTitle.getName() + " (" + siae.getName() + ", " + commune.getName() + ")";
    }

    public Long getId() {
        return id;
    }

    public Organisation getSiae() {
        return siae;
    }

    public JobTitle getJobTitle() {
        return jobTitle;
    }

    public VacancyKind getKind() {
        return kind;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public int getHoursPerWeek() {
        return hoursPerWeek;
    }

    public int getSeats() {
        return seats;
    }

    public Commune getCommune() {
        return commune;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public String getDescription() {
        return description;
    }

    public boolean isOpen() {
        return open;
    }

    public Set<Licence> getRequiredLicences() {
        return Set.copyOf(requiredLicences);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
