package dk.samspil.platform.internal.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fixed one-minute windows counted in PostgreSQL, so the limit holds across every instance behind the load balancer.
 */
@Component
public class RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one hit for the key and tells whether it is still within {@code perMinute}. */
    public boolean tryAcquire(String key, int perMinute) {
        Instant window = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Integer hits = jdbc.sql("""
                        INSERT INTO rate_limit_bucket (bucket_key, window_start, hits) VALUES (:key, :window, 1)
                        ON CONFLICT (bucket_key, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + 1
                        RETURNING hits""")
                .param("key", key)
                .param("window", java.sql.Timestamp.from(window))
                .query(Integer.class)
                .single();
        return hits <= perMinute;
    }

    @Scheduled(fixedDelay = 5, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    void forgetOldWindows() {
        jdbc.sql("DELETE FROM rate_limit_bucket WHERE window_start < :before")
                .param("before", java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(2))))
                .update();
    }
}
