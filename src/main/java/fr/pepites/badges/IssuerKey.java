package fr.pepites.badges;

import fr.pepites.directory.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * One Ed25519 key pair of an issuing organisation: its did:key (the public key), its private key encrypted at rest,
 * and the revocation list of the credentials it signed (their status indices are handed out in order). After a
 * rotation the key is retired: it signs no new credential, only its own revocation list, so its credentials keep
 * verifying and can still be revoked.
 */
@Entity
@Table(name = "badge_issuer_key")
public class IssuerKey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_issuer_key_seq")
    @SequenceGenerator(name = "badge_issuer_key_seq", sequenceName = "badge_issuer_key_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String did;

    @Column(name = "private_key")
    private byte[] privateKey;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "next_index")
    private int nextIndex;

    @Column(name = "status_list")
    private String statusList;

    @Version
    private long version;

    protected IssuerKey() {
    }

    IssuerKey(Organisation organisation, String did, byte[] encryptedPrivateKey) {
        this.organisation = organisation;
        this.did = did;
        this.privateKey = encryptedPrivateKey;
    }

    /** The next free index of the revocation list. */
    int takeIndex() {
        return nextIndex++;
    }

    void retire() {
        this.retiredAt = Instant.now();
    }

    void publish(String signedStatusList) {
        this.statusList = signedStatusList;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getDid() {
        return did;
    }

    byte[] getPrivateKey() {
        return privateKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public boolean isCurrent() {
        return retiredAt == null;
    }

    public int getNextIndex() {
        return nextIndex;
    }

    public String getStatusList() {
        return statusList;
    }
}
