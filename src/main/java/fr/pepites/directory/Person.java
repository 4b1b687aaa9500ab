package fr.pepites.directory;

import fr.pepites.common.SearchText;
import fr.pepites.reference.Commune;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A person referred or supported by the network, followed by one organisation that alone sees the file. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "search_name")
    private String searchName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String email;

    private String phone;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "commune_code")
    private Commune commune;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected Person() {
    }

    Person(PersonData data, Commune commune, Organisation organisation) {
        apply(data, commune);
        this.organisation = organisation;
    }

    void apply(PersonData data, Commune newCommune) {
        this.firstName = data.getFirstName().trim();
        this.lastName = data.getLastName().trim();
        this.searchName = SearchText.normalize(lastName + " " + firstName);
        this.birthDate = data.getBirthDate();
        this.email = data.getEmail();
        this.phone = data.getPhone();
        this.commune = newCommune;
    }

    public PersonData toData() {
        PersonData data = new PersonData();
        data.setFirstName(firstName);
        data.setLastName(lastName);
        data.setBirthDate(birthDate);
        data.setEmail(email);
        data.setPhone(phone);
        data.setCommuneCode(commune.getInseeCode());
        data.setVersion(version);
        return data;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Commune getCommune() {
        return commune;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
