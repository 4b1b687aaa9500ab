package fr.pepites.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** A French commune of the official geographic code, with a position for distances. */
@Entity
@Immutable
@Table(name = "commune")
public class Commune {

    @Id
    @Column(name = "insee_code")
    private String inseeCode;

    private String name;

    @Column(name = "search_name")
    private String searchName;

    @Column(name = "department_code")
    private String departmentCode;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "postal_codes")
    private String postalCodes;

    private int population;

    private Double latitude;

    private Double longitude;

    /** The position is the département's centroid: distances from here are approximate. */
    private boolean approximate;

    protected Commune() {
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public String getName() {
        return name;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getPostalCodes() {
        return postalCodes;
    }

    public String getFirstPostalCode() {
        int space = postalCodes.indexOf(' ');
        return space < 0 ? postalCodes : postalCodes.substring(0, space);
    }

    public int getPopulation() {
        return population;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }

    public boolean isApproximate() {
        return approximate;
    }

    /** "Pessac (33600)": how a commune is shown in pickers and grids. */
    public String getLabel() {
        return name + " (" + getFirstPostalCode() + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Commune other && Objects.equals(inseeCode, other.inseeCode);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(inseeCode);
    }

    @Override
    public String toString() {
        return getLabel();
    }
}
