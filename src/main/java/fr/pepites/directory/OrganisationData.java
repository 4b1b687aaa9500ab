package fr.pepites.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator fills in to create or edit an organisation. */
public class OrganisationData {

    @NotNull(message = "Choisissez le type d'organisation.")
    private OrganisationKind kind;

    private SiaeKind siaeKind;

    @NotBlank(message = "Le nom est obligatoire.")
    @Size(max = 200, message = "Le nom ne doit pas dépasser 200 caractères.")
    private String name;

    @NotBlank(message = "Le SIRET est obligatoire.")
    @Siret
    private String siret;

    @NotBlank(message = "L'adresse est obligatoire.")
    @Size(max = 255, message = "L'adresse ne doit pas dépasser 255 caractères.")
    private String addressLine;

    @NotBlank(message = "Choisissez une commune.")
    private String communeCode;

    @Size(max = 200, message = "Le nom du contact ne doit pas dépasser 200 caractères.")
    private String contactName;

    @Email(message = "L'adresse e-mail du contact n'est pas valide.")
    @Size(max = 254, message = "L'adresse e-mail ne doit pas dépasser 254 caractères.")
    private String contactEmail;

    @Pattern(regexp = "^$|^[0-9 +().-]{10,20}$",
            message = "Le téléphone doit compter 10 à 20 chiffres (espaces, points, tirets et + acceptés).")
    private String contactPhone;

    /** The version the form was loaded at; an edit of an older version is refused. */
    private Long version;

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public SiaeKind getSiaeKind() {
        return siaeKind;
    }

    public void setSiaeKind(SiaeKind siaeKind) {
        this.siaeKind = siaeKind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSiret() {
        return siret;
    }

    /** Spaces typed in a SIRET ("123 456 789 00012") are dropped. */
    public void setSiret(String siret) {
        this.siret = siret == null ? null : siret.replace(" ", "");
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.trim();
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.trim();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
