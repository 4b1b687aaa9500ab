package fr.pepites.badges;

import fr.pepites.directory.Person;
import fr.pepites.directory.UserAccount;
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
import java.util.UUID;

/**
 * A badge issued: the signed Open Badges 3.0 credential as issued ({@code json}), to a person or a staff member,
 * with what the application needs around it (its public id, its entry in the key's revocation list, how it came to
 * be issued, its revocation).
 */
@Entity
@Table(name = "badge_credential")
public class Credential {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_credential_seq")
    @SequenceGenerator(name = "badge_credential_seq", sequenceName = "badge_credential_seq", allocationSize = 50)
    private Long id;

    @Column(name = "public_id")
    private String publicId = UUID.randomUUID().toString();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "achievement_id")
    private Achievement achievement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "key_id")
    private IssuerKey key;

    @Column(name = "status_index")
    private int statusIndex;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "recipient_name")
    private String recipientName;

    @Column(name = "recipient_email")
    private String recipientEmail;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "issued_by")
    private String issuedBy;

    @Enumerated(EnumType.STRING)
    private CredentialSource source;

    @Column(name = "source_ref")
    private String sourceRef;

    @Column(name = "evidence_narrative")
    private String evidenceNarrative;

    @Column(name = "evidence_url")
    private String evidenceUrl;

    private String json;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason")
    private String revokedReason;

    @Column(name = "revoked_by")
    private String revokedBy;

    /**
     * The achievement and holder while this credential counts as the holder's only one ({@link #holdingOf}), null
     * otherwise; unique in the database, so that two awards at the same instant cannot both issue it.
     */
    private String holding;

    @Version
    private long version;

    protected Credential() {
    }

    Credential(Achievement achievement, Recipient recipient, IssuerKey key, Instant issuedAt, Instant validUntil,
            String issuedBy, CredentialSource source, String sourceRef, String evidenceNarrative,
            String evidenceUrl) {
        this.achievement = achievement;
        this.person = recipient.person();
        this.account = recipient.account();
        this.recipientName = recipient.name();
        this.recipientEmail = recipient.email();
        this.key = key;
        this.statusIndex = key.takeIndex();
        this.issuedAt = issuedAt;
        this.validFrom = issuedAt;
        this.validUntil = validUntil;
        this.issuedBy = issuedBy;
        this.source = source;
        this.sourceRef = sourceRef;
        this.evidenceNarrative = evidenceNarrative;
        this.evidenceUrl = evidenceUrl;
        this.holding = achievement.isHeldOnce() ? holdingOf(achievement, person, account) : null;
    }

    /**
     * What the credential of a badge held once holds: its achievement and its holder, as the migration V20 writes
     * it; null without a holder (a person whose file the retention purge deleted).
     */
    static String holdingOf(Achievement achievement, Person person, UserAccount account) {
        return person != null ? achievement.getId() + "/p" + person.getId()
                : account != null ? achievement.getId() + "/a" + account.getId() : null;
    }

    /** Makes this credential the holder's only one of its badge ({@code held}), or one that no longer counts. */
    void hold(boolean held) {
        this.holding = held ? holdingOf(achievement, person, account) : null;
    }

    void signed(String json) {
        this.json = json;
    }

    void revoke(String reason, String by) {
        this.revokedAt = Instant.now();
        this.revokedReason = reason;
        this.revokedBy = by;
        this.holding = null;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(Instant now) {
        return validUntil != null && !validUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Achievement getAchievement() {
        return achievement;
    }

    public IssuerKey getKey() {
        return key;
    }

    public int getStatusIndex() {
        return statusIndex;
    }

    public Person getPerson() {
        return person;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public CredentialSource getSource() {
        return source;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getEvidenceNarrative() {
        return evidenceNarrative;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public String getJson() {
        return json;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
