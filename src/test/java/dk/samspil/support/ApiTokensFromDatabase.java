package dk.samspil.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff users with API tokens written straight into identity's tables, for calling the API over HTTP. */
public final class ApiTokensFromDatabase {

    private ApiTokensFromDatabase() {}

    /** A user with one role and an API token for them; returns the token. */
    public static String userWithToken(JdbcClient jdbc, String role) {
        Instant now = Instant.now();
        long userId = jdbc.sql(
                        "INSERT INTO staff_user (email, name, created_at) VALUES (:email, 'API-test', :now) RETURNING id")
                .param("email", "api-" + UUID.randomUUID() + "@test.dk")
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (:id, :role)")
                .param("id", userId)
                .param("role", role)
                .update();
        String token = "sps_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                        INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
                        VALUES (:user, 'test', :hash, :prefix, :now, :expires)""")
                .param("user", userId)
                .param("hash", sha256Hex(token))
                .param("prefix", token.substring(0, 8))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(1, ChronoUnit.DAYS)))
                .update();
        return token;
    }

    static String sha256Hex(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
