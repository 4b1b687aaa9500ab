package fr.pepites.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One learning fact of the ledger: who learned, what kind, when, how long, how, on which themes, with what evidence,
 * and where the fact comes from. Written once (learner, source, reference and day are unique), never changed.
 */
@Entity
@Table(name = "learning_activity")
public class LearningActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_activity_seq")
    @SequenceGenerator(name = "learning_activity_seq", sequenceName = "learning_activity_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "learner_key")
    private String learnerKey;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    @Column(name = "activity_date")
    private LocalDate date;

    private int minutes;

    @Enumerated(EnumType.STRING)
    private Modality modality;

    /** Theme codes separated by ";" (those of the twinning catalogue, for now). */
    private String themes;

    @Column(name = "evidence_text")
    private String evidenceText;

    @Column(name = "evidence_url")
    private String evidenceUrl;

    @Enumerated(EnumType.STRING)
    private ActivitySource source;

    @Column(name = "source_ref")
    private String sourceRef;

    private String reason;

    /** A capsule's or an imported course's score, 0 to 100, when it has one. */
    private Integer score;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected LearningActivity() {
    }

    LearningActivity(LearningFact fact, String recordedBy) {
        this.personId = fact.learner().personId();
        this.accountId = fact.learner().accountId();
        this.learnerKey = fact.learner().key();
        this.kind = fact.kind();
        this.date = fact.date();
        this.minutes = fact.minutes();
        this.modality = fact.modality();
        this.themes = Tags.storedThemes(fact.themes());
        this.evidenceText = fact.evidenceText();
        this.evidenceUrl = fact.evidenceUrl();
        this.source = fact.source();
        this.sourceRef = fact.sourceRef();
        this.reason = fact.reason();
        this.score = fact.score();
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getLearnerKey() {
        return learnerKey;
    }

    public Learner learner() {
        return new Learner(personId, accountId);
    }

    public ActivityKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getMinutes() {
        return minutes;
    }

    public Modality getModality() {
        return modality;
    }

    public List<String> themes() {
        return Tags.themesOf(themes);
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public ActivitySource getSource() {
        return source;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    /** Where the fact comes from, in French words: "jumelage TSF-12", "session SES-4", "inscrite à la main". */
    public String origin() {
        return switch (source) {
            case HAND -> "inscrite à la main";
            case TWINNING -> "jumelage " + sourceRef;
            case SESSION -> "session " + sourceRef;
            case CAPSULE -> "capsule " + sourceRef + (score == null ? "" : ", " + score + " %");
            case IMPORT -> "import " + sourceRef;
        };
    }

    public Integer getScore() {
        return score;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
