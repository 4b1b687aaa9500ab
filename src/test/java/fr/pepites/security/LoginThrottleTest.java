package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The count of wrong passwords per login, the lock it leads to and its end. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-04T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);

    @Test
    void fiveWrongPasswordsLockTheLoginForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("Claire@Exemple.fr");
        }
        assertThat(throttle.isLocked("claire@exemple.fr")).isFalse();
        throttle.recordFailure("claire@exemple.fr ");

        assertThat(throttle.isLocked("claire@exemple.fr")).isTrue();
        assertThat(throttle.isLocked("karim@exemple.fr")).as("another login").isFalse();
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isLocked("claire@exemple.fr")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("claire@exemple.fr");
        }
        now = now.plus(Duration.ofMinutes(20));
        throttle.recordFailure("claire@exemple.fr");

        assertThat(throttle.isLocked("claire@exemple.fr")).isFalse();
    }
}
