package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** So many requests per client and per minute, then none until the minute has passed. */
class RequestRateTest {

    private Clock at(long seconds) {
        return Clock.fixed(Instant.parse("2026-03-02T10:00:00Z").plus(Duration.ofSeconds(seconds)), ZoneOffset.UTC);
    }

    @Test
    void aClientGetsItsShareOfTheMinuteThenWaitsForTheNext() {
        MutableClock clock = new MutableClock(at(0));
        RequestRate rate = new RequestRate(3, clock);

        assertThat(rate.allow("a")).isTrue();
        assertThat(rate.allow("a")).isTrue();
        clock.now = at(59);
        assertThat(rate.allow("a")).isTrue();
        assertThat(rate.allow("a")).as("fourth within the minute").isFalse();
        assertThat(rate.allow("b")).as("another client").isTrue();
        clock.now = at(60);
        assertThat(rate.allow("a")).as("the next minute").isTrue();
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {

        Clock now;

        MutableClock(Clock now) {
            this.now = now;
        }

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
            return now.instant();
        }
    }
}
