package fr.pepites.directory;

import fr.pepites.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** What an administrator fills in to create or edit a user account. */
public class UserData {

    @NotBlank(message = "L'adresse e-mail est obligatoire.")
    @Email(message = "L'adresse e-mail n'est pas valide.")
    @Size(max = 254, message = "L'adresse e-mail ne doit pas dépasser 254 caractères.")
    private String email;

    @NotBlank(message = "Le nom est obligatoire.")
    @Size(max = 200, message = "Le nom ne doit pas dépasser 200 caractères.")
    private String fullName;

    @NotNull(message = "Choisissez un rôle.")
    private Role role;

    @NotNull(message = "Choisissez une organisation.")
    private Long organisationId;

    /**
     * A password the administrator gives, for its owner to change in "Mon compte": the account's first one, or, when
     * editing, a new one for an owner who has lost theirs (empty: unchanged).
     */
    private String initialPassword;

    private Long version;

    static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.trim();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
