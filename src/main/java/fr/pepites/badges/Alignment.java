package fr.pepites.badges;

import jakarta.persistence.Embeddable;

/**
 * An achievement's alignment to an entry of a framework: a ROME code (framework "ROME", its France Travail page) or
 * a competence framework's entry, named, with its URL.
 */
@Embeddable
public class Alignment {

    /** The framework of the ROME codes, as alignments name it. */
    public static final String ROME = "ROME";

    private String framework;
    private String code;
    private String name;
    private String url;

    protected Alignment() {
    }

    public Alignment(String framework, String code, String name, String url) {
        this.framework = framework;
        this.code = code;
        this.name = name;
        this.url = url;
    }

    /** The alignment to a ROME code, linking to its job sheet on France Travail's site. */
    public static Alignment rome(String code, String label) {
        return new Alignment(ROME, code, label,
                "https://candidat.francetravail.fr/metierscope/fiche-metier/" + code);
    }

    public String getFramework() {
        return framework;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }
}
