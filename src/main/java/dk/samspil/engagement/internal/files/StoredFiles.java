package dk.samspil.engagement.internal.files;

import dk.samspil.platform.AuditLog;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Files in PostgreSQL: the metadata in {@code engagement_file}, the bytes in {@code engagement_file_content}. */
@Component
public class StoredFiles {

    private final JdbcClient jdbc;
    private final FileRules rules;
    private final AuditLog audit;
    private final Clock clock;

    StoredFiles(JdbcClient jdbc, FileRules rules, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the file against the rules and stores it; throws {@link FileRejected} when it breaks one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFile store(String fileName, byte[] content) {
        FileKind kind = rules.check(fileName, content);
        String name = FileRules.safeName(fileName);
        String sha256 = sha256(content);
        long id = jdbc.sql("""
                        INSERT INTO engagement_file (file_name, kind, size_bytes, sha256, uploaded_at)
                        VALUES (:name, :kind, :size, :sha256, :now) RETURNING id""")
                .param("name", name)
                .param("kind", kind.name())
                .param("size", (long) content.length)
                .param("sha256", sha256)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO engagement_file_content (file_id, content) VALUES (:id, :content)")
                .param("id", id)
                .param("content", content)
                .update();
        StoredFile file = new StoredFile(id, name, kind, content.length);
        audit.created(
                "engagement_file",
                id,
                Map.of("fileName", name, "kind", kind, "sizeBytes", content.length, "sha256", sha256));
        return file;
    }

    public Optional<StoredFile> find(long id) {
        return jdbc.sql("SELECT id, file_name, kind, size_bytes FROM engagement_file WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new StoredFile(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        FileKind.valueOf(rs.getString("kind")),
                        rs.getLong("size_bytes")))
                .optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("SELECT content FROM engagement_file_content WHERE file_id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(long id) {
        find(id).ifPresent(file -> {
            jdbc.sql("DELETE FROM engagement_file WHERE id = :id")
                    .param("id", id)
                    .update();
            audit.deleted("engagement_file", id, file);
        });
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
