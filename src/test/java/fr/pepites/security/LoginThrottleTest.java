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

/** The count of wrong passwords per login, the lock it leads to and its end, kept in the database for every node. */
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
        return new LoginThrottle(jdbc, transactionManager, 5, Duration.ofMinutes(15), clock);
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
