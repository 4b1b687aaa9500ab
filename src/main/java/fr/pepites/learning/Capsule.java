package fr.pepites.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;

/**
 * An e-learning capsule written in the application: at most 15 minutes, a text in Markdown (shown as text, never as
 * HTML), a video link, and a quiz with its pass mark (see {@link Quiz}). Learners see it once published.
 */
@Entity
@Table(name = "learning_capsule")
public class Capsule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_capsule_seq")
    @SequenceGenerator(name = "learning_capsule_seq", sequenceName = "learning_capsule_seq", allocationSize = 50)
    private Long id;

    private String title;

    private String summary;

    private String body;

    @Column(name = "video_link")
    private String videoLink;

    private int minutes;

    @Column(name = "pass_mark")
    private int passMark;

    private String quiz;

    private String themes;

    private boolean published;

    @Column(name = "owner_id")
    private long ownerId;

    @Version
    private long version;

    protected Capsule() {
    }

    Capsule(long ownerId) {
        this.ownerId = ownerId;
    }

    /** The business reference of a capsule in the ledger: "CAP-7". */
    static String reference(long id) {
        return "CAP-" + id;
    }

    void set(CapsuleData data, List<String> cleanThemes) {
        title = data.title();
        summary = data.summary();
        body = data.body();
        videoLink = data.videoLink();
        minutes = data.minutes();
        passMark = data.passMark();
        quiz = data.quiz();
        themes = Tags.storedThemes(cleanThemes);
        published = data.published();
    }

    Quiz parsedQuiz() {
        return Quiz.parse(quiz);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public int getMinutes() {
        return minutes;
    }

    public int getPassMark() {
        return passMark;
    }

    public String getQuiz() {
        return quiz;
    }

    public List<String> themes() {
        return Tags.themesOf(themes);
    }

    public boolean isPublished() {
        return published;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getVersion() {
        return version;
    }
}
