package dk.samspil.platform.internal.mail;

import dk.samspil.platform.MailThrottle;
import dk.samspil.platform.PlatformProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts in {@code mail_throttle}, one row per recipient and topic and one per client address, each with the start
 * of its interval. Keys are stored as SHA-256 hashes: the table holds no addresses. One statement per key, so
 * concurrent requests on several instances count correctly; the row lock lasts until the caller's transaction ends.
 */
@Component
class JdbcMailThrottle implements MailThrottle {

    private final JdbcClient jdbc;
    private final PlatformProperties properties;
    private final Clock clock;

    JdbcMailThrottle(JdbcClient jdbc, PlatformProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryAcquire(String topic, String recipient) {
        Instant now = clock.instant();
        String client = clientAddress();
        // The client's count goes first: a request refused for its recipient still counts against its address.
        if (client != null
                && !acquire("client:" + client, properties.mailThrottle().perClientAddress(), now)) {
            return false;
        }
        return acquire("recipient:" + topic + ":" + recipient.strip().toLowerCase(Locale.ROOT), 1, now);
    }

    /** Counts one for the key unless {@code limit} is reached in its current interval; a past interval starts over. */
    private boolean acquire(String key, int limit, Instant now) {
        Instant expired = now.minus(properties.mailThrottle().interval());
        return jdbc.sql("""
                        INSERT INTO mail_throttle AS t (throttle_key, window_start, hits) VALUES (:key, :now, 1)
                        ON CONFLICT (throttle_key) DO UPDATE SET
                            window_start = CASE WHEN t.window_start <= :expired THEN :now ELSE t.window_start END,
                            hits = CASE WHEN t.window_start <= :expired THEN 1 ELSE t.hits + 1 END
                        WHERE t.window_start <= :expired OR t.hits < :limit
                        RETURNING hits""")
                .param("key", hash(key))
                .param("now", Timestamp.from(now))
                .param("expired", Timestamp.from(expired))
                .param("limit", limit)
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void forgetPastIntervals() {
        Duration interval = properties.mailThrottle().interval();
        jdbc.sql("DELETE FROM mail_throttle WHERE window_start <= :expired")
                .param("expired", Timestamp.from(clock.instant().minus(interval)))
                .update();
    }

    private static String clientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr()
                : null;
    }

    private static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
