package fr.pepites.parcours;

import fr.pepites.directory.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * The PASS IAE of a person: the right to an insertion contract for 24 months from the first hire, pushed back by
 * suspensions and, for a reason of a fixed list, extended up to 5 years in all. It is the person's: a later parcours in
 * another SIAE goes on with it.
 */
@Entity
@Table(name = "pass_iae")
public class PassIae {

    static final int MONTHS = 24;
    static final int MAX_YEARS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pass_iae_seq")
    @SequenceGenerator(name = "pass_iae_seq", sequenceName = "pass_iae_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String number;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "extension_reason")
    private ExtensionReason extensionReason;

    @Version
    private long version;

    protected PassIae() {
    }

    PassIae(Person person, String number, LocalDate firstHire) {
        this.person = person;
        this.number = number;
        this.startDate = firstHire;
        this.endDate = firstHire.plusMonths(MONTHS).minusDays(1);
    }

    /** The last day an extension may reach: five years from the first hire. */
    LocalDate latestEnd() {
        return startDate.plusYears(MAX_YEARS).minusDays(1);
    }

    void extend(ExtensionReason reason, LocalDate newEnd) {
        this.extensionReason = reason;
        this.endDate = newEnd;
    }

    /** A suspension of the contract pushes the end back by as many days. */
    void pushBack(long days) {
        this.endDate = endDate.plusDays(days);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public ExtensionReason getExtensionReason() {
        return extensionReason;
    }
}
