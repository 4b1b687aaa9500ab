package fr.pepites.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One e-mail of the outbox, from the moment an action queues it until the SMTP server accepts it. */
@Entity
@Table(name = "mail_message")
class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_message_seq")
    @SequenceGenerator(name = "mail_message_seq", sequenceName = "mail_message_seq", allocationSize = 50)
    private Long id;

    /** Comma-separated addresses. */
    private String recipients;

    private String subject;

    private String body;

    /** The file the e-mail is about, e.g. {@code ORI-12}. */
    private String about;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected MailMessage() {
    }

    MailMessage(List<String> to, String subject, String body, String about, Instant now) {
        this.recipients = String.join(",", to);
        this.subject = subject;
        this.body = body;
        this.about = about;
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    boolean isDue(Instant now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Taken for a try: no other dispatcher takes it before {@code lease} has passed. */
    void startAttempt(Instant now, Duration lease) {
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
    }

    /** The try failed: again after {@code delay}, or failed for good after {@code maxAttempts} tries. */
    void failed(String error, Instant now, Duration delay, int maxAttempts) {
        lastError = error == null ? "Erreur inconnue" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(delay);
        }
    }

    /** An administrator sends it again: a new series of tries starts now. */
    void retry(Instant now) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    Long getId() {
        return id;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    String[] getRecipients() {
        return recipients.split(",");
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    MailRow toRow() {
        return new MailRow(id, createdAt, recipients.replace(",", ", "), subject, about, status, attempts, lastError,
                nextAttemptAt, sentAt);
    }
}
