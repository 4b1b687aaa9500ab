package fr.pepites.directory;

import fr.pepites.common.BirthDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The identity and contact of a person, as typed by the adviser or the SIAE that follows them. */
public class PersonData {

    @NotBlank(message = "Le prénom est obligatoire.")
    @Size(max = 100, message = "Le prénom ne doit pas dépasser 100 caractères.")
    private String firstName;

    @NotBlank(message = "Le nom est obligatoire.")
    @Size(max = 100, message = "Le nom ne doit pas dépasser 100 caractères.")
    private String lastName;

    @NotNull(message = "La date de naissance est obligatoire.")
    @BirthDate
    private LocalDate birthDate;

    @Email(message = "L'adresse e-mail n'est pas valide.")
    @Size(max = 254, message = "L'adresse e-mail ne doit pas dépasser 254 caractères.")
    private String email;

    @Pattern(regexp = "^$|^[0-9 +().-]{10,20}$",
            message = "Le téléphone doit compter 10 à 20 chiffres (espaces, points, tirets et + acceptés).")
    private String phone;

    @NotBlank(message = "Choisissez une commune.")
    private String communeCode;

    private Long version;

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
