package fr.pepites.referral;

import fr.pepites.directory.PersonData;
import fr.pepites.reference.Licence;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What a CEP adviser fills in to refer a person. A draft needs only its person; the checks of the group
 * {@link Submitted} apply when the referral is submitted.
 */
public class ReferralData {

    /** The checks of what a submitted referral must hold, and a draft may still lack. */
    public interface Submitted {
    }

    /** An existing person the adviser's operator follows; when null, {@link #newPerson} is created. */
    private Long personId;

    private PersonData newPerson = new PersonData();

    /** The adviser saw the possible duplicates and confirms this is another person. */
    private boolean notADuplicate;

    @NotBlank(message = "Choisissez la commune de résidence.", groups = Submitted.class)
    private String communeCode;

    @Min(value = 0, message = "Le rayon de mobilité doit être compris entre 0 et 200 km.")
    @Max(value = 200, message = "Le rayon de mobilité doit être compris entre 0 et 200 km.")
    private int mobilityRadiusKm = 20;

    private Set<Licence> licences = EnumSet.noneOf(Licence.class);

    private boolean hasVehicle;

    @NotNull(message = "La date de disponibilité est obligatoire.", groups = Submitted.class)
    private LocalDate availableFrom;

    @NotEmpty(message = "Choisissez au moins un métier visé.", groups = Submitted.class)
    private Set<String> jobTitleCodes = new HashSet<>();

    private Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);

    @Size(max = 4000, message = "La note ne doit pas dépasser 4 000 caractères.")
    private String note;

    private boolean consentToShare;

    @NotNull(message = "Choisissez l'objectif : poste en insertion ou poste de permanent.",
            groups = Submitted.class)
    private Goal goal;

    private TrainingRoute trainingRoute = TrainingRoute.NONE;

    private Set<EligibilityCriterion> criteria = EnumSet.noneOf(EligibilityCriterion.class);

    /** The vacancy chosen by the adviser; null sends the referral to matching. */
    private Long vacancyId;

    private Long version;

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public PersonData getNewPerson() {
        return newPerson;
    }

    public void setNewPerson(PersonData newPerson) {
        this.newPerson = newPerson;
    }

    public boolean isNotADuplicate() {
        return notADuplicate;
    }

    public void setNotADuplicate(boolean notADuplicate) {
        this.notADuplicate = notADuplicate;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public int getMobilityRadiusKm() {
        return mobilityRadiusKm;
    }

    public void setMobilityRadiusKm(int mobilityRadiusKm) {
        this.mobilityRadiusKm = mobilityRadiusKm;
    }

    public Set<Licence> getLicences() {
        return licences;
    }

    public void setLicences(Set<Licence> licences) {
        this.licences = licences == null ? EnumSet.noneOf(Licence.class) : licences;
    }

    public boolean isHasVehicle() {
        return hasVehicle;
    }

    public void setHasVehicle(boolean hasVehicle) {
        this.hasVehicle = hasVehicle;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public Set<String> getJobTitleCodes() {
        return jobTitleCodes;
    }

    public void setJobTitleCodes(Set<String> jobTitleCodes) {
        this.jobTitleCodes = jobTitleCodes == null ? new HashSet<>() : jobTitleCodes;
    }

    public Set<Barrier> getBarriers() {
        return barriers;
    }

    public void setBarriers(Set<Barrier> barriers) {
        this.barriers = barriers == null ? EnumSet.noneOf(Barrier.class) : barriers;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isConsentToShare() {
        return consentToShare;
    }

    public void setConsentToShare(boolean consentToShare) {
        this.consentToShare = consentToShare;
    }

    public Goal getGoal() {
        return goal;
    }

    public void setGoal(Goal goal) {
        this.goal = goal;
    }

    public TrainingRoute getTrainingRoute() {
        return trainingRoute;
    }

    public void setTrainingRoute(TrainingRoute trainingRoute) {
        this.trainingRoute = trainingRoute;
    }

    public Set<EligibilityCriterion> getCriteria() {
        return criteria;
    }

    public void setCriteria(Set<EligibilityCriterion> criteria) {
        this.criteria = criteria == null ? EnumSet.noneOf(EligibilityCriterion.class) : criteria;
    }

    public Long getVacancyId() {
        return vacancyId;
    }

    public void setVacancyId(Long vacancyId) {
        this.vacancyId = vacancyId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
