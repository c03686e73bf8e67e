package dk.samspil.identity.internal;

import static dk.samspil.identity.internal.StaffUserRepository.ts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time set-up links in {@code setup_token}, stored as SHA-256 hashes. */
@Repository
class SetupTokenRepository {

    record SetupToken(long id, Instant expiresAt, Instant usedAt) {}

    private final JdbcClient jdbc;

    SetupTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, Instant createdAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO setup_token (token_hash, created_at, expires_at) VALUES (:hash, :created, :expires)")
                .param("hash", tokenHash)
                .param("created", ts(createdAt))
                .param("expires", ts(expiresAt))
                .update();
    }

    Optional<SetupToken> findByHash(String tokenHash, boolean forUpdate) {
        return jdbc.sql("SELECT id, expires_at, used_at FROM setup_token WHERE token_hash = :hash"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .param("hash", tokenHash)
                .query((rs, row) -> new SetupToken(
                        rs.getLong("id"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null
                                ? null
                                : rs.getTimestamp("used_at").toInstant()))
                .optional();
    }

    /** Marks every unused link as used: once an administrator exists no link may create another. */
    int useAll(Instant now) {
        return jdbc.sql("UPDATE setup_token SET used_at = :now WHERE used_at IS NULL")
                .param("now", ts(now))
                .update();
    }
}
