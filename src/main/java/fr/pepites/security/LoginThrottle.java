package fr.pepites.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection of the login: after {@code pepites.security.login.max-failures} (5) wrong passwords for one
 * login within {@code lock-duration} (15 minutes), the login is locked for that long, its right password refused
 * too; each lock is logged. A successful login clears the count. Counted per login (known or not, so that a lock
 * tells nothing about which accounts exist) and per node: behind a load balancer each node counts its own.
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final int maxFailures;
    private final Duration lockDuration;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(@Value("${pepites.security.login.max-failures:5}") int maxFailures,
            @Value("${pepites.security.login.lock-duration:PT15M}") Duration lockDuration) {
        this(maxFailures, lockDuration, Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration lockDuration, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.clock = clock;
    }

    /** Whether this login is locked now. */
    public boolean isLocked(String login) {
        Failures f = failures.get(key(login));
        return f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(clock.instant());
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    void recordFailure(String login) {
        Instant now = clock.instant();
        failures.values().removeIf(f -> f.over(now, lockDuration));
        Failures f = failures.merge(key(login), new Failures(now, 1, null), (old, one) -> old.plusOne());
        if (f.lockedUntil() == null && f.count() >= maxFailures) {
            failures.put(key(login), new Failures(f.since(), f.count(), now.plus(lockDuration)));
            LOG.warn("Connexion bloquée {} min pour « {} » après {} mots de passe erronés.",
                    lockDuration.toMinutes(), login, f.count());
        }
    }

    private static String key(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }

    /** The wrong passwords of one login since the first of them, and the end of its lock if it is locked. */
    private record Failures(Instant since, int count, Instant lockedUntil) {

        Failures plusOne() {
            return new Failures(since, count + 1, lockedUntil);
        }

        /** A lock that has ended, or failures older than the window: forgotten. */
        boolean over(Instant now, Duration window) {
            return lockedUntil != null ? !lockedUntil.isAfter(now) : since.plus(window).isBefore(now);
        }
    }
}
