package fr.pepites.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.springframework.data.domain.Persistable;

/** That an account found a resource useful: once per account (the primary key). */
@Entity
@Table(name = "learning_resource_vote")
class ResourceVote implements Persistable<ResourceVote.Key> {

    @Embeddable
    record Key(@Column(name = "resource_id") long resourceId, @Column(name = "account_id") long accountId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    protected ResourceVote() {
    }

    ResourceVote(long resourceId, long accountId) {
        this.key = new Key(resourceId, accountId);
    }

    @Override
    public Key getId() {
        return key;
    }

    /** Always inserted: a second vote of the same account breaks the primary key instead of passing unnoticed. */
    @Override
    public boolean isNew() {
        return true;
    }
}
