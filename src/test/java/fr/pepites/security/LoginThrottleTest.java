package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The count of wrong passwords per login and source, the lock it leads to, its growth and its end, the ceiling over
 * every source, kept in the database for every node.
 */
@PepitesSpringTest
class LoginThrottleTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private Instant now = Instant.parse("2026-12-04T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    /** A login of this test only: the table is the suite's. */
    private final String claire = "claire-" + UUID.randomUUID() + "@exemple.fr";

    private LoginThrottle node() {
        return new LoginThrottle(jdbc, transactionManager, 5, 12, Duration.ofMinutes(15), Duration.ofHours(24), clock);
    }

    @Test
    void failuresFromOneSourceDoNotLockTheLoginForAnother() {
        LoginThrottle throttle = node();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(claire, "203.0.113.7");
        }

        assertThat(throttle.isLocked(claire, "203.0.113.7")).as("the attacker's address").isTrue();
        assertThat(throttle.isLocked(claire, "198.51.100.20")).as("the owner's address").isFalse();
    }

    @Test
    void eachNewLockOfTheSameLoginAndSourceLastsTwiceAsLong() {
        LoginThrottle throttle = node();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(claire, "203.0.113.7");
        }
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isLocked(claire, "203.0.113.7")).as("first lock, 15 min").isFalse();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(claire, "203.0.113.7");
        }
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isLocked(claire, "203.0.113.7")).as("second lock, 30 min").isTrue();
        now = now.plus(Duration.ofMinutes(15));
        assertThat(throttle.isLocked(claire, "203.0.113.7")).isFalse();
    }

    @Test
    void triesDuringALockAreNotCounted() {
        LoginThrottle throttle = node();
        for (int i = 0; i < 5 + 20; i++) {
            throttle.recordFailure(claire, "203.0.113.7");
        }
        now = now.plus(Duration.ofMinutes(16));

        assertThat(throttle.isLocked(claire, "203.0.113.7")).isFalse();
        assertThat(throttle.isLocked(claire, "198.51.100.20")).as("the ceiling over every source").isFalse();
    }

    @Test
    void failuresSpreadOverManySourcesLockTheLoginForEverySourceAtTheCeiling() {
        LoginThrottle throttle = node();
        for (String source : new String[] {"203.0.113.1", "203.0.113.2", "203.0.113.3"}) {
            for (int i = 0; i < 4; i++) {
                throttle.recordFailure(claire, source);
            }
        }

        assertThat(throttle.isLocked(claire, "203.0.113.1")).isTrue();
        assertThat(throttle.isLocked(claire, "198.51.100.20")).as("an address that never failed").isTrue();
    }

    @Test
    void anIpv6SourceCountsAsItsSlash64() {
        assertThat(LoginThrottle.source("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.source("2001:db8:1:2::ffff"))
                .isNotEqualTo(LoginThrottle.source("2001:db8:1:3::1"));
        assertThat(LoginThrottle.source("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void fiveWrongPasswordsLockTheLoginForFifteenMinutes() {
        LoginThrottle throttle = node();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(claire.toUpperCase());
        }
        assertThat(throttle.isLocked(claire)).isFalse();
        throttle.recordFailure(claire + " ");

        assertThat(throttle.isLocked(claire)).isTrue();
        assertThat(throttle.isLocked("karim-" + claire)).as("another login").isFalse();
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isLocked(claire)).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        LoginThrottle throttle = node();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(claire);
        }
        now = now.plus(Duration.ofMinutes(20));
        throttle.recordFailure(claire);

        assertThat(throttle.isLocked(claire)).isFalse();
    }

    @Test
    void failuresOnTwoNodesCountTogetherAndTheLockHoldsOnBoth() {
        LoginThrottle first = node();
        LoginThrottle second = node();
        for (int i = 0; i < 3; i++) {
            first.recordFailure(claire);
        }
        second.recordFailure(claire);
        second.recordFailure(claire);

        assertThat(first.isLocked(claire)).isTrue();
        assertThat(second.isLocked(claire)).isTrue();
    }

    @Test
    void aLoginLongerThanAnyAddressIsCountedUnderItsFirstCharacters() {
        LoginThrottle throttle = node();
        String endless = claire + "x".repeat(10_000);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(endless + i);
        }

        assertThat(throttle.isLocked(endless)).isTrue();
    }
}
