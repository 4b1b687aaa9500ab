package fr.pepites.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail steps that have sent their e-mail, by the id of their job ({@code mail_step_sent}). A step's job keeps
 * its id from one try to the next: when the transaction of a try is rolled back after the SMTP server accepted the
 * e-mail (it lost a race with a user acting on the same file), the next try finds the step remembered and does not
 * send again. Remembered in a transaction of its own, committed whatever becomes of the step's.
 */
@Component
class SentSteps {

    private static final Duration KEPT = Duration.ofDays(30);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SentSteps(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.systemUTC();
    }

    /** The job of the e-mail step running on this thread, if an e-mail step is running. */
    static Optional<String> currentJob() {
        CommandContext command = Context.getCommandContext();
        JobEntity job = command == null ? null : command.getCurrentJob();
        return Optional.ofNullable(job).map(JobEntity::getId);
    }

    /**
     * Read in the step's own transaction (a row remembered by an earlier try is committed, so visible there): one
     * connection for the step, where a transaction of its own would hold a second.
     */
    boolean alreadySent(String job) {
        Integer sent = jdbc.queryForObject("select count(*) from mail_step_sent where job_id = ?", Integer.class, job);
        return sent != null && sent > 0;
    }

    void remember(String job) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into mail_step_sent (job_id, sent_at) values (?, ?)", job,
                    Timestamp.from(clock.instant())));
        } catch (DuplicateKeyException rememberedByAnotherTry) {
            // Remembered already: nothing more to keep.
        }
    }

    /** Every night, on every node alike, the steps sent more than 30 days ago are forgotten: their jobs are done. */
    @Scheduled(cron = "${pepites.mail.forget-sent-steps-cron:0 45 2 * * *}", zone = "Europe/Paris")
    void nightly() {
        forgetBefore(clock.instant().minus(KEPT));
    }

    /** Forgets the steps remembered before this instant. */
    int forgetBefore(Instant cutoff) {
        Integer forgotten = ownTransaction.execute(status -> jdbc.update(
                "delete from mail_step_sent where sent_at < ?", Timestamp.from(cutoff)));
        return forgotten == null ? 0 : forgotten;
    }
}
