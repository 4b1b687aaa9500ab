package fr.pepites.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Brute-force protection of the login, made hard to turn against an account's owner. Wrong passwords are counted per
 * login (known or not, so that a lock tells nothing about which accounts exist) AND source address: after
 * {@code pepites.security.login.max-failures} (5) within {@code lock-duration} (15 minutes) the pair is locked, its
 * right password refused too, for 15 minutes, then twice as long at each new lock of the same pair (30 min, 1 h…, at
 * most {@code max-lock}, a day) until a day passes without a failure. Another address is not locked: an attacker
 * cannot lock out the owner, only themselves. Above that, {@code account-max-failures} (100) failures of one login
 * from all sources within the window lock it for every source for {@code lock-duration}: a ceiling against an attack
 * spread over many addresses, high enough that locking someone out needs about twenty addresses, and, as each
 * address's locks grow, hundreds to keep them out for a day. An IPv6 source counts as its /64 (one subscriber).
 * Tries during a lock are refused without being counted. Form logins, HTTP Basic (REST, Actuator) and the current
 * password of "Mon compte" count alike. A successful login clears its pair, not the ceiling.
 * <p>
 * Counted in the database ({@code login_throttle}), so that every node counts the same failures and keeps the same
 * locks. Each change is one statement in a transaction of its own (committed whatever the caller's does), atomic on
 * its row: two nodes counting failures of one login at once lose none.
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int KEY_LENGTH = 320;
    /** The source of the row that counts a login's failures from every source. */
    private static final String EVERY_SOURCE = "*";
    /** The source when there is no request (a service called at start-up, a test). */
    private static final String NO_REQUEST = "";
    /** A pair's growing locks are forgotten after a day without failure. */
    private static final Duration MEMORY = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int maxFailures;
    private final int accountMaxFailures;
    private final Duration lockDuration;
    private final Duration maxLock;
    private final Clock clock;

    @Autowired
    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            @Value("${pepites.security.login.max-failures:5}") int maxFailures,
            @Value("${pepites.security.login.account-max-failures:100}") int accountMaxFailures,
            @Value("${pepites.security.login.lock-duration:PT15M}") Duration lockDuration,
            @Value("${pepites.security.login.max-lock:PT24H}") Duration maxLock) {
        this(jdbc, transactionManager, maxFailures, accountMaxFailures, lockDuration, maxLock, Clock.systemUTC());
    }

    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, int maxFailures,
            int accountMaxFailures, Duration lockDuration, Duration maxLock, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxFailures = maxFailures;
        this.accountMaxFailures = accountMaxFailures;
        this.lockDuration = lockDuration;
        this.maxLock = maxLock;
        this.clock = clock;
    }

    /** Whether this login is locked now for the current request's source. */
    public boolean isLocked(String login) {
        return isLocked(login, currentSource());
    }

    /** Counts a wrong password for this login from the current request's source. */
    public void recordFailure(String login) {
        recordFailure(login, currentSource());
    }

    boolean isLocked(String login, String source) {
        Integer locks = transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from login_throttle where login = ? and source in (?, ?) and locked_until_ms > ?",
                Integer.class, key(login), source, EVERY_SOURCE, clock.millis()));
        return locks != null && locks > 0;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        inOwnTransaction("delete from login_throttle where login = ? and source = ?",
                key(event.getAuthentication().getName()), currentSource());
    }

    void recordFailure(String login, String source) {
        String key = key(login);
        long now = clock.millis();
        inOwnTransaction("delete from login_throttle where since_ms < ? and (locked_until_ms is null"
                + " or locked_until_ms < ?)", now - MEMORY.toMillis(), now - MEMORY.toMillis());
        if (isLocked(login, source)) {
            return;
        }
        count(key, source, maxFailures, now);
        count(key, EVERY_SOURCE, accountMaxFailures, now);
    }

    private void count(String key, String source, int max, long now) {
        long window = lockDuration.toMillis();
        inOwnTransaction("update login_throttle set failures = 0, since_ms = ? where login = ? and source = ?"
                + " and since_ms < ?", now, key, source, now - window);
        if (countOneMore(key, source) == 0) {
            try {
                inOwnTransaction("insert into login_throttle (login, source, since_ms, failures) values (?, ?, ?, 1)",
                        key, source, now);
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                countOneMore(key, source);
            }
        }
        Map<String, Object> row = transactions.execute(status -> jdbc.queryForMap(
                "select failures, locks from login_throttle where login = ? and source = ?", key, source));
        int failures = ((Number) row.get("failures")).intValue();
        int locks = ((Number) row.get("locks")).intValue();
        if (failures < max) {
            return;
        }
        Duration lock = EVERY_SOURCE.equals(source) ? lockDuration : growing(locks);
        // Compare-and-set on the number of locks: of two nodes seeing the same count, one locks.
        int locked = inOwnTransaction("update login_throttle set locked_until_ms = ?, locks = locks + 1,"
                + " failures = 0, since_ms = ? where login = ? and source = ? and locks = ? and failures >= ?",
                now + lock.toMillis(), now, key, source, locks, max);
        if (locked == 1) {
            LOG.warn("Connexion bloquée {} min pour « {} » depuis {} après {} mots de passe erronés.",
                    lock.toMinutes(), LogText.of(key), EVERY_SOURCE.equals(source) ? "toutes les adresses"
                            : LogText.of(source), max);
        }
    }

    /** The first lock of a pair lasts {@code lock-duration}, each next one twice the last, up to {@code max-lock}. */
    private Duration growing(int previousLocks) {
        Duration lock = lockDuration.multipliedBy(1L << Math.min(previousLocks, 20));
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    private int countOneMore(String key, String source) {
        return inOwnTransaction("update login_throttle set failures = failures + 1 where login = ? and source = ?",
                key, source);
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

    /**
     * The current request's client address (the proxy's, unless {@code server.forward-headers-strategy} trusts its
     * headers); an IPv6 address as its /64, the block one subscriber gets.
     */
    static String currentSource() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return NO_REQUEST;
        }
        return source(request.getRequest().getRemoteAddr());
    }

    static String source(String remoteAddress) {
        if (remoteAddress == null) {
            return NO_REQUEST;
        }
        if (remoteAddress.indexOf(':') >= 0) {
            try {
                // A literal IPv6 address: parsed, never looked up.
                if (InetAddress.getByName(remoteAddress) instanceof Inet6Address v6) {
                    byte[] prefix = Arrays.copyOf(v6.getAddress(), 16);
                    Arrays.fill(prefix, 8, 16, (byte) 0);
                    return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
                }
            } catch (UnknownHostException notAnAddress) {
                // Kept as it came.
            }
        }
        return remoteAddress.length() > 64 ? remoteAddress.substring(0, 64) : remoteAddress;
    }
}
