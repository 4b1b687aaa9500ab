package fr.pepites.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt of a learner at a capsule's quiz: its score and whether it reached the pass mark. */
@Entity
@Table(name = "learning_capsule_attempt")
public class CapsuleAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_capsule_attempt_seq")
    @SequenceGenerator(name = "learning_capsule_attempt_seq", sequenceName = "learning_capsule_attempt_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "capsule_id")
    private long capsuleId;

    @Column(name = "account_id")
    private long accountId;

    private int score;

    private boolean passed;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    protected CapsuleAttempt() {
    }

    CapsuleAttempt(long capsuleId, long accountId, int score, boolean passed) {
        this.capsuleId = capsuleId;
        this.accountId = accountId;
        this.score = score;
        this.passed = passed;
        this.attemptedAt = Instant.now();
    }

    public long getCapsuleId() {
        return capsuleId;
    }

    public int getScore() {
        return score;
    }

    public boolean isPassed() {
        return passed;
    }
}
