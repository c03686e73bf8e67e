package dk.samspil.pipeline.internal.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for uploaded plan files awaiting confirmation. */
@Repository
class ImportBatches {

    record Batch(UUID id, String username, String fileName, byte[] content, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    ImportBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String username, String fileName, byte[] content, Instant now, Instant expires) {
        jdbc.sql("""
                        INSERT INTO import_batch (id, username, file_name, content, created_at, expires_at)
                        VALUES (:id, :username, :fileName, :content, :now, :expires)""")
                .param("id", id).param("username", username).param("fileName", fileName).param("content", content)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires))
                .update();
    }

    /** The batch if it belongs to this user and has not expired; anyone else's looks the same as none. */
    Optional<Batch> find(UUID id, String username, Instant now) {
        return jdbc.sql("""
                        SELECT id, username, file_name, content, created_at FROM import_batch
                        WHERE id = :id AND username = :username AND expires_at > :now""")
                .param("id", id).param("username", username).param("now", Timestamp.from(now))
                .query((rs, n) -> new Batch(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("file_name"), rs.getBytes("content"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM import_batch WHERE id = :id").param("id", id).update();
    }

    int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM import_batch WHERE expires_at <= :now").param("now", Timestamp.from(now)).update();
    }
}
