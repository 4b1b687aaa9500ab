package fr.pepites.directory;

import fr.pepites.security.Role;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A login: one person of one organisation, with one role. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "full_name")
    private String fullName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private boolean active = true;

    /** The password was given by an administrator: its owner chooses their own before anything else. */
    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected UserAccount() {
    }

    UserAccount(UserData data, Organisation organisation, String passwordHash) {
        apply(data, organisation);
        givePassword(passwordHash);
    }

    void apply(UserData data, Organisation newOrganisation) {
        this.email = UserData.normalizeEmail(data.getEmail());
        this.fullName = data.getFullName().trim();
        this.role = data.getRole();
        this.organisation = newOrganisation;
    }

    /** A password an administrator gives (a new account, a lost password): its owner must change it. */
    void givePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = true;
    }

    /** The owner's own choice of password. */
    void changeOwnPassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public UserData toData() {
        UserData data = new UserData();
        data.setEmail(email);
        data.setFullName(fullName);
        data.setRole(role);
        data.setOrganisationId(organisation.getId());
        data.setVersion(version);
        return data;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
