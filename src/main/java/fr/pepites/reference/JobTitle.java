package fr.pepites.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** A job title (ROME "appellation"), each under one ROME code. */
@Entity
@Immutable
@Table(name = "job_title")
public class JobTitle {

    @Id
    private String code;

    private String name;

    @jakarta.persistence.Column(name = "search_name")
    private String searchName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "rome_code")
    private RomeCode rome;

    protected JobTitle() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RomeCode getRome() {
        return rome;
    }

    public String getRomeCode() {
        return rome.getCode();
    }

    public String getLabel() {
        return name + " (" + rome.getCode() + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobTitle other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return getLabel();
    }
}
