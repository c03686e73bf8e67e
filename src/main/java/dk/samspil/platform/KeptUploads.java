package dk.samspil.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files kept on the server between an import's preview and its confirmation, so that the confirmation reads
 * and checks the file again instead of trusting anything the browser sends back. Each is found by a random id, only
 * by the user who uploaded it, only for the import ({@code purpose}) it was kept for, and only until it expires;
 * expired files are deleted whenever a new one is kept and every ten minutes. Public forms keep the files of a refused
 * try here too, so that the next try need not upload them again; their owner is the form, and the browser holds only a
 * signed reference ({@link SignedTokens}).
 */
@Component
public class KeptUploads {

    private static final Logger log = LoggerFactory.getLogger(KeptUploads.class);

    /** A kept file; {@code fileName} is {@code -} when the browser sent none. */
    public record Upload(UUID id, String owner, String fileName, byte[] content, Instant keptAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    KeptUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the file for {@code lifetime} and returns its id. */
    @Transactional
    public UUID keep(String purpose, String owner, String fileName, byte[] content, Duration lifetime) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM import_batch WHERE expires_at <= :now")
                .param("now", Timestamp.from(now))
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO import_batch (id, purpose, username, file_name, content, created_at, expires_at)
                        VALUES (:id, :purpose, :username, :fileName, :content, :now, :expires)""")
                .param("id", id)
                .param("purpose", purpose)
                .param("username", owner)
                .param("fileName", fileName == null || fileName.isBlank() ? "-" : fileName.strip())
                .param("content", content)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(lifetime)))
                .update();
        return id;
    }

    /** The file if it was kept for this purpose by this user and has not expired; anyone else's looks like none. */
    @Transactional(readOnly = true)
    public Optional<Upload> find(String purpose, UUID id, String owner) {
        return jdbc.sql("""
                        SELECT id, username, file_name, content, created_at FROM import_batch
                        WHERE id = :id AND purpose = :purpose AND username = :username AND expires_at > :now""")
                .param("id", id)
                .param("purpose", purpose)
                .param("username", owner)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Upload(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("file_name"),
                        rs.getBytes("content"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    /** Deletes the file, e.g. once its import is confirmed. */
    @Transactional
    public void forget(UUID id) {
        jdbc.sql("DELETE FROM import_batch WHERE id = :id").param("id", id).update();
    }

    /** Deletes every expired file; the count of them. */
    @Transactional
    public int deleteExpired() {
        return jdbc.sql("DELETE FROM import_batch WHERE expires_at <= :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Files nobody came back for (a form left after a refused try) are not kept until the next upload. */
    @Scheduled(fixedDelay = 10, initialDelay = 2, timeUnit = TimeUnit.MINUTES)
    void deleteExpiredRegularly() {
        int deleted = deleteExpired();
        if (deleted > 0) {
            log.info("Deleted {} expired kept uploads", deleted);
        }
    }
}
