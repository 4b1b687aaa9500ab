package fr.pepites.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most so many requests per client and per minute, for what anyone may ask without logging in and costs the
 * server (the public verifier's uploads): counted in memory, per node, per fixed minute from a client's first
 * request. A node that restarts forgets its counts; an attacker spread over the nodes gets the limit on each, which
 * is what bounds each node's work. At most {@value #MAX_CLIENTS} clients are counted at once: past that (clients
 * whose minute has passed are forgotten first) new clients are refused until a minute passes, so that the counts
 * cannot fill the memory.
 */
public final class RequestRate {

    static final int MAX_CLIENTS = 100_000;
    private static final long MINUTE = Duration.ofMinutes(1).toMillis();

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RequestRate(int perMinute) {
        this(perMinute, Clock.systemUTC());
    }

    RequestRate(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one request per minute");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one request of this client (its address, say); false when it has made its share this minute. */
    public boolean allow(String client) {
        long now = clock.millis();
        String key = client == null ? "" : client;
        if (!windows.containsKey(key) && windows.size() >= MAX_CLIENTS) {
            windows.values().removeIf(w -> w.over(now));
            if (windows.size() >= MAX_CLIENTS) {
                return false;
            }
        }
        Window window = windows.compute(key, (k, w) -> w == null || w.over(now) ? new Window(now, 1)
                : new Window(w.start, w.count + 1));
        return window.count <= perMinute;
    }

    public int perMinute() {
        return perMinute;
    }

    private record Window(long start, int count) {

        boolean over(long now) {
            return now - start >= MINUTE;
        }
    }
}
