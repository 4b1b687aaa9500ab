package fr.pepites.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The content of a resource's PDF file, kept apart so that lists never read it. */
@Entity
@Table(name = "learning_resource_file")
class ResourceFile {

    @Id
    @Column(name = "resource_id")
    private Long resourceId;

    private byte[] content;

    protected ResourceFile() {
    }

    ResourceFile(long resourceId, byte[] content) {
        this.resourceId = resourceId;
        this.content = content;
    }

    void replace(byte[] content) {
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
