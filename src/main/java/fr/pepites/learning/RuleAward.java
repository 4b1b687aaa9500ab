package fr.pepites.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That a rule awarded its achievement to a learner, with the credential: never twice (the primary key). */
@Entity
@Table(name = "learning_rule_award")
class RuleAward {

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
}
