package dk.samspil.platform.internal.ratelimit;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Fixed one-minute windows counted in this instance's memory: for limits that protect the instance's own CPU on a
 * read path (searches), where a database write per request would cost more than what it guards. Counts of the
 * previous minute are dropped when a new one starts.
 */
@Component
public class InstanceRateLimiter {

    private final Clock clock;
    private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile long minute = Long.MIN_VALUE;

    InstanceRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one hit for the key and tells whether it is still within {@code perMinute}. */
    public boolean tryAcquire(String key, int perMinute) {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            synchronized (this) {
                if (now != minute) {
                    hits.clear();
                    minute = now;
                }
            }
        }
        return hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }
}
