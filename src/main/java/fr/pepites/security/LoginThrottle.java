package fr.pepites.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brute-force protection of the login: after {@code pepites.security.login.max-failures} (5) wrong passwords for one
 * login within {@code lock-duration} (15 minutes), the login is locked for that long, its right password refused
 * too; each lock is logged. A successful login clears the count. Counted per login (known or not, so that a lock
 * tells nothing about which accounts exist) in the database ({@code login_throttle}), so that every node of a
 * cluster counts the same failures and keeps the same locks. Each change is one statement in a transaction of its
 * own (committed whatever the caller's does), atomic on its row: two nodes counting failures of one login at once
 * lose none.
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int KEY_LENGTH = 320;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int maxFailures;
    private final Duration lockDuration;
    private final Clock clock;

    @Autowired
    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            @Value("${pepites.security.login.max-failures:5}") int maxFailures,
            @Value("${pepites.security.login.lock-duration:PT15M}") Duration lockDuration) {
        this(jdbc, transactionManager, maxFailures, lockDuration, Clock.systemUTC());
    }

    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, int maxFailures,
            Duration lockDuration, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.clock = clock;
    }

    /** Whether this login is locked now. */
    public boolean isLocked(String login) {
        Integer locks = transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from login_throttle where login = ? and locked_until_ms > ?", Integer.class, key(login),
                clock.millis()));
        return locks != null && locks > 0;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String key = key(event.getAuthentication().getName());
        inOwnTransaction("delete from login_throttle where login = ?", key);
    }

    void recordFailure(String login) {
        String key = key(login);
        long now = clock.millis();
        long window = lockDuration.toMillis();
        inOwnTransaction("delete from login_throttle where (locked_until_ms is null and since_ms < ?)"
                + " or locked_until_ms <= ?", now - window, now);
        if (countOneMore(key) == 0) {
            try {
                inOwnTransaction("insert into login_throttle (login, since_ms, failures) values (?, ?, 1)", key, now);
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                countOneMore(key);
            }
        }
        int locked = inOwnTransaction("update login_throttle set locked_until_ms = ? where login = ?"
                + " and locked_until_ms is null and failures >= ?", now + window, key, maxFailures);
        if (locked == 1) {
            LOG.warn("Connexion bloquée {} min pour « {} » après {} mots de passe erronés.", lockDuration.toMinutes(),
                    LogText.of(key), maxFailures);
        }
    }

    private int countOneMore(String key) {
        return inOwnTransaction("update login_throttle set failures = failures + 1 where login = ?", key);
    }

    /** One statement, committed at once (the application's connections do not commit by themselves). */
    private int inOwnTransaction(String sql, Object... arguments) {
        Integer changed = transactions.execute(status -> jdbc.update(sql, arguments));
        return changed == null ? 0 : changed;
    }

    private static String key(String login) {
        String key = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }
}
