package fr.pepites.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A job code of France Travail's ROME referential (e.g. K1801). */
@Entity
@Immutable
@Table(name = "rome_code")
public class RomeCode {

    @Id
    private String code;

    private String name;

    protected RomeCode() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The domain of a ROME code: its letter and two digits (K18 for K1801). */
    public static String domainOf(String romeCode) {
        return romeCode.substring(0, 3);
    }
}
