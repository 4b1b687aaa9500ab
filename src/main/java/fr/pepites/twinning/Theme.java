package fr.pepites.twinning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A theme of knowledge transfer in the coordinators' catalogue (e.g. "Réemploi"); retired ones stay for history. */
@Entity
@Table(name = "twinning_theme")
public class Theme {

    @Id
    private String code;

    private String label;

    private boolean active;

    @Column(name = "position")
    private int position;

    protected Theme() {
    }

    Theme(String code, String label, int position) {
        this.code = code;
        this.label = label;
        this.position = position;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }

    void rename(String newLabel) {
        this.label = newLabel;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
