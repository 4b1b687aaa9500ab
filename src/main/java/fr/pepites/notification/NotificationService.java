package fr.pepites.notification;

import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entry point of e-mail notifications, through an outbox: an action queues its e-mail as one row in its own
 * transaction (so an e-mail exists if and only if the action committed), and the dispatcher sends the due e-mails
 * after commit, asynchronously ({@link MailSchedule}). A refused try is tried again 5 minutes later; after 5 tries
 * the e-mail is failed: administrators see it in the list of e-mails and may send it again. An SMTP outage delays
 * e-mails, never the action that queued them.
 */
@Service
public class NotificationService {

    static final int MAX_ATTEMPTS = 5;
    static final Duration RETRY_DELAY = Duration.ofMinutes(5);
    /** How long a dispatcher holds an e-mail it is sending before another may take it. */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final int BATCH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

    private final MailMessageRepository mails;
    private final JavaMailSender sender;
    private final TransactionTemplate transaction;
    private final CurrentUserProvider currentUser;
    private final String from;

    NotificationService(MailMessageRepository mails, JavaMailSender sender, PlatformTransactionManager transactions,
            CurrentUserProvider currentUser, @Value("${pepites.mail.from}") String from) {
        this.mails = mails;
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactions);
        this.currentUser = currentUser;
        this.from = from;
    }

    /** Queues one e-mail to these addresses, in the caller's transaction; nothing when there is nobody to write to. */
    @Transactional
    public void send(List<String> to, String subject, String body, String about) {
        if (to.isEmpty()) {
            return;
        }
        mails.save(new MailMessage(to, subject, body, about, Instant.now()));
    }

    /** Sends the e-mails that are due; returns how many the SMTP server accepted. */
    public int dispatchDue() {
        return dispatchDue(Instant.now());
    }

    /**
     * The same at a given time, in rounds of {@value #BATCH} until none is due. Each e-mail is taken, then marked
     * sent or refused, each in a transaction of its own: an e-mail the server refuses waits for its next try while
     * the others go on.
     */
    int dispatchDue(Instant now) {
        int sent = 0;
        List<Long> due;
        do {
            due = transaction.execute(status -> mails.findDue(now, PageRequest.of(0, BATCH)));
            for (Long id : due) {
                sent += dispatch(id, now) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean dispatch(long id, Instant now) {
        MailMessage mail = take(id, now);
        if (mail == null) {
            return false;
        }
        try {
            sender.send(toMessage(mail));
        } catch (MailException e) {
            LOG.warn("E-mail {} not sent (try {} of {}): {}", id, mail.getAttempts(), MAX_ATTEMPTS, e.getMessage());
            transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(m ->
                    m.failed(e.getMessage(), now, RETRY_DELAY, MAX_ATTEMPTS)));
            return false;
        }
        transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(m -> m.sent(now)));
        return true;
    }

    /** Takes a due e-mail for a try, or null when another dispatcher has just taken or sent it. */
    private MailMessage take(long id, Instant now) {
        try {
            return transaction.execute(status -> mails.findById(id).filter(m -> m.isDue(now)).map(m -> {
                m.startAttempt(now, LEASE);
                return m;
            }).orElse(null));
        } catch (OptimisticLockingFailureException taken) {
            return null;
        }
    }

    private SimpleMailMessage toMessage(MailMessage mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.getRecipients());
        message.setSubject(mail.getSubject());
        message.setText(mail.getBody());
        return message;
    }

    // --- Administrators -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<MailRow> mails(MailStatus status, Pageable pageable) {
        currentUser.requireRole(Role.ADMIN);
        return mails.findByStatus(status, pageable).map(MailMessage::toRow);
    }

    @Transactional(readOnly = true)
    public long count(MailStatus status) {
        currentUser.requireRole(Role.ADMIN);
        return mails.countByStatus(status);
    }

    /** Sends failed e-mails again: each gets a new series of tries, starting at the next round. */
    @Transactional
    public int retry(Collection<Long> ids) {
        currentUser.requireRole(Role.ADMIN);
        Instant now = Instant.now();
        List<MailMessage> failed = mails.findAllById(ids).stream()
                .filter(m -> m.getStatus() == MailStatus.FAILED).toList();
        failed.forEach(m -> m.retry(now));
        return failed.size();
    }
}
