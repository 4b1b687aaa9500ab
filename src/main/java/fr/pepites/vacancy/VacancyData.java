package fr.pepites.vacancy;

import fr.pepites.common.InputBounds;
import fr.pepites.reference.Licence;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** What an SIAE fills in for a vacancy. */
public class VacancyData {

    @NotBlank(message = "Choisissez le métier (appellation ROME).")
    private String jobTitleCode;

    @NotNull(message = "Précisez s'il s'agit d'un poste en insertion ou d'un poste de permanent.")
    private VacancyKind kind;

    @NotNull(message = "Choisissez le type de contrat.")
    private ContractType contractType;

    @Min(value = 1, message = "Le temps de travail doit être d'au moins 1 heure par semaine.")
    @Max(value = InputBounds.MAX_WEEKLY_HOURS, message = "Le temps de travail ne peut dépasser "
            + InputBounds.MAX_WEEKLY_HOURS + " heures par semaine.")
    private int hoursPerWeek = 26;

    @Min(value = 1, message = "Il faut au moins un poste.")
    @Max(value = 100, message = "Au plus 100 postes par fiche.")
    private int seats = 1;

    @NotBlank(message = "Choisissez la commune du poste.")
    private String communeCode;

    @NotNull(message = "La date de démarrage est obligatoire.")
    private LocalDate startDate;

    @Size(max = 4000, message = "La description ne doit pas dépasser 4 000 caractères.")
    private String description;

    private Set<Licence> requiredLicences = EnumSet.noneOf(Licence.class);

    private Long version;

    public String getJobTitleCode() {
        return jobTitleCode;
    }

    public void setJobTitleCode(String jobTitleCode) {
        this.jobTitleCode = jobTitleCode;
    }

    public VacancyKind getKind() {
        return kind;
    }

    public void setKind(VacancyKind kind) {
        this.kind = kind;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public void setContractType(ContractType contractType) {
        this.contractType = contractType;
    }

    public int getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(int hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<Licence> getRequiredLicences() {
        return requiredLicences;
    }

    public void setRequiredLicences(Set<Licence> requiredLicences) {
        this.requiredLicences = requiredLicences == null ? EnumSet.noneOf(Licence.class) : requiredLicences;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
