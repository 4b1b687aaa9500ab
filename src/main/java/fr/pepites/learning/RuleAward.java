package fr.pepites.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** That a rule awarded its achievement to a learner, with the credential: never twice (the primary key). */
@Entity
@Table(name = "learning_rule_award")
class RuleAward implements Persistable<RuleAward.Key> {

    @Embeddable
    record Key(@Column(name = "rule_id") long ruleId, @Column(name = "learner_key") String learnerKey)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    private String credential;

    @Column(name = "awarded_at")
    private Instant awardedAt;

    protected RuleAward() {
    }

    RuleAward(long ruleId, String learnerKey, String credential) {
        this.key = new Key(ruleId, learnerKey);
        this.credential = credential;
        this.awardedAt = Instant.now();
    }

    String getCredential() {
        return credential;
    }

    @Override
    public Key getId() {
        return key;
    }

    /**
     * Always new: saved, it is inserted, never merged, so that a second award of the same rule to the same learner
     * (two entries at the same moment) breaks the primary key instead of overwriting the first.
     */
    @Override
    public boolean isNew() {
        return true;
    }
}
