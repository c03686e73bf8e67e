package dk.samspil.pipeline.internal.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import dk.samspil.platform.ApiTokenAuthentication;
import dk.samspil.platform.ApiTokenAuthenticator;

/**
 * Reads bearer tokens from the api_token table (SHA-256 hex in token_hash), as the identity module does. It stands
 * in for identity's authenticator until that module is on main; being primary, it wins once both exist.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiTokensFromDatabase {

    @Bean
    @Primary
    ApiTokenAuthenticator databaseApiTokens(JdbcClient jdbc) {
        return token -> jdbc.sql("""
                        SELECT t.id, t.name, u.email FROM api_token t JOIN staff_user u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now() AND u.active""")
                .param("hash", sha256Hex(token))
                .query((rs, n) -> {
                    List<SimpleGrantedAuthority> roles = jdbc.sql("SELECT role FROM staff_user_role WHERE user_id ="
                                    + " (SELECT user_id FROM api_token WHERE id = :id)")
                            .param("id", rs.getLong("id"))
                            .query((r, i) -> new SimpleGrantedAuthority("ROLE_" + r.getString("role"))).list();
                    return (Authentication) new ApiTokenAuthentication(
                            rs.getString("email"), rs.getLong("id"), rs.getString("name"), roles);
                })
                .optional();
    }

    /** A user with one role and an API token for them; returns the token. */
    static String userWithToken(JdbcClient jdbc, String role) {
        Instant now = Instant.now();
        long userId = jdbc.sql("INSERT INTO staff_user (email, name, created_at) VALUES (:email, 'API-test', :now) RETURNING id")
                .param("email", "api-" + UUID.randomUUID() + "@test.dk").param("now", Timestamp.from(now))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (:id, :role)").param("id", userId).param("role", role)
                .update();
        String token = "sps_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                        INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
                        VALUES (:user, 'test', :hash, :prefix, :now, :expires)""")
                .param("user", userId).param("hash", sha256Hex(token)).param("prefix", token.substring(0, 8))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(1, ChronoUnit.DAYS)))
                .update();
        return token;
    }

    static String sha256Hex(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
