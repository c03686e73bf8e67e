package dk.samspil.identity.internal;

import static dk.samspil.identity.internal.StaffUserRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens in {@code api_token}, stored as SHA-256 hashes. */
@Repository
class ApiTokenRepository {

    /** A token's last use is written at most this often, so busy clients do not cause a write per request. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** An active user's usable token, found by its hash. */
    record Usable(long tokenId, String tokenName, long userId, String email) {}

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String tokenHash, String prefix, Instant createdAt, Instant expiresAt) {
        return jdbc.sql("""
                        INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
                        VALUES (:user, :name, :hash, :prefix, :created, :expires) RETURNING id""")
                .param("user", userId)
                .param("name", name)
                .param("hash", tokenHash)
                .param("prefix", prefix)
                .param("created", ts(createdAt))
                .param("expires", ts(expiresAt))
                .query(Long.class)
                .single();
    }

    List<ApiToken> findByUser(long userId) {
        return jdbc.sql("SELECT * FROM api_token WHERE user_id = :user ORDER BY created_at DESC, id DESC")
                .param("user", userId)
                .query(ApiTokenRepository::map)
                .list();
    }

    Optional<ApiToken> findByUserAndId(long userId, long id) {
        return jdbc.sql("SELECT * FROM api_token WHERE user_id = :user AND id = :id")
                .param("user", userId)
                .param("id", id)
                .query(ApiTokenRepository::map)
                .optional();
    }

    /** A token with its owner, for the administrators' list of every token. */
    record Owned(ApiToken token, String ownerName, String ownerEmail) {}

    List<Owned> findAllWithOwners() {
        return jdbc.sql("""
                        SELECT t.*, u.name AS owner_name, u.email AS owner_email
                        FROM api_token t JOIN staff_user u ON u.id = t.user_id
                        ORDER BY (t.revoked_at IS NULL) DESC, t.expires_at DESC, t.id DESC""")
                .query((rs, row) -> new Owned(map(rs, row), rs.getString("owner_name"), rs.getString("owner_email")))
                .list();
    }

    Optional<ApiToken> findById(long id) {
        return jdbc.sql("SELECT * FROM api_token WHERE id = :id")
                .param("id", id)
                .query(ApiTokenRepository::map)
                .optional();
    }

    Optional<ApiToken> findByHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM api_token WHERE token_hash = :hash")
                .param("hash", tokenHash)
                .query(ApiTokenRepository::map)
                .optional();
    }

    Optional<Usable> findUsable(String tokenHash, Instant now) {
        return jdbc.sql("""
                        SELECT t.id, t.name, u.id AS user_id, u.email
                        FROM api_token t JOIN staff_user u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.active""")
                .param("hash", tokenHash)
                .param("now", ts(now))
                .query((rs, row) -> new Usable(
                        rs.getLong("id"), rs.getString("name"), rs.getLong("user_id"), rs.getString("email")))
                .optional();
    }

    void revoke(long id, Instant now) {
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", ts(now))
                .param("id", id)
                .update();
    }

    void markUsed(long id, Instant now) {
        jdbc.sql(
                        "UPDATE api_token SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :stale)")
                .param("now", ts(now))
                .param("stale", ts(now.minus(LAST_USED_PRECISION)))
                .param("id", id)
                .update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("name"),
                rs.getString("prefix"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("last_used_at")));
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
