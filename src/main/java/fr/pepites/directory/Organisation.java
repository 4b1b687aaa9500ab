package fr.pepites.directory;

import fr.pepites.common.SearchText;
import fr.pepites.reference.Commune;
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

/** A member of the network: an SIAE, a CEP operator, a tiers-lieu, a training body, an employer, the network. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "siae_kind")
    private SiaeKind siaeKind;

    private String name;

    @Column(name = "search_name")
    private String searchName;

    private String siret;

    @Column(name = "address_line")
    private String addressLine;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "commune_code")
    private Commune commune;

    private Double latitude;

    private Double longitude;

    @Column(name = "position_approximate")
    private boolean positionApproximate;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    private boolean active = true;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected Organisation() {
    }

    Organisation(OrganisationData data, Commune commune) {
        apply(data, commune);
    }

    /** Copies validated form data; the position follows the commune. */
    void apply(OrganisationData data, Commune newCommune) {
        this.kind = data.getKind();
        this.siaeKind = data.getKind() == OrganisationKind.SIAE ? data.getSiaeKind() : null;
        this.name = data.getName().trim();
        this.searchName = SearchText.normalize(this.name);
        this.siret = data.getSiret();
        this.addressLine = data.getAddressLine().trim();
        this.commune = newCommune;
        this.latitude = newCommune.getLatitude();
        this.longitude = newCommune.getLongitude();
        this.positionApproximate = newCommune.isApproximate();
        this.contactName = data.getContactName();
        this.contactEmail = data.getContactEmail();
        this.contactPhone = data.getContactPhone();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public OrganisationData toData() {
        OrganisationData data = new OrganisationData();
        data.setKind(kind);
        data.setSiaeKind(siaeKind);
        data.setName(name);
        data.setSiret(siret);
        data.setAddressLine(addressLine);
        data.setCommuneCode(commune.getInseeCode());
        data.setContactName(contactName);
        data.setContactEmail(contactEmail);
        data.setContactPhone(contactPhone);
        data.setVersion(version);
        return data;
    }

    public Long getId() {
        return id;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public SiaeKind getSiaeKind() {
        return siaeKind;
    }

    public String getName() {
        return name;
    }

    public String getSiret() {
        return siret;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public Commune getCommune() {
        return commune;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public boolean isPositionApproximate() {
        return positionApproximate;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
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
