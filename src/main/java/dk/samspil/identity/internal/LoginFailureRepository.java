package dk.samspil.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed logins and lock-outs per staff user and client address, in {@code login_failure}. */
@Repository
class LoginFailureRepository {

    private final JdbcClient jdbc;

    LoginFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean lockedOut(String email, String clientAddress, Instant now) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM login_failure f JOIN staff_user u ON u.id = f.user_id
                                       WHERE lower(u.email) = lower(:email) AND f.client_address = :client
                                         AND f.locked_until > :now)""")
                .param("email", email)
                .param("client", clientAddress)
                .param("now", Timestamp.from(now))
                .query(Boolean.class)
                .single();
    }

    /**
     * Counts one failed login of an existing user from the address in a single statement (safe with concurrent
     * attempts on several instances). A count whose last failure is older than {@code forgetAfter} starts over; at
     * {@code maxFailures} the pair is locked until {@code lockUntil} and the count starts over. Returns the user's
     * id when this failure locked the pair.
     */
    Optional<Long> record(
            String email, String clientAddress, int maxFailures, Instant now, Duration forgetAfter, Instant lockUntil) {
        return jdbc.sql("""
                        INSERT INTO login_failure AS f (user_id, client_address, failures, locked_until, last_failure_at)
                        SELECT id, :client, CASE WHEN :max <= 1 THEN 0 ELSE 1 END,
                               CASE WHEN :max <= 1 THEN CAST(:until AS TIMESTAMPTZ) END, :now
                        FROM staff_user WHERE lower(email) = lower(:email)
                        ON CONFLICT (user_id, client_address) DO UPDATE SET
                            failures = CASE WHEN f.last_failure_at < :forgetBefore THEN 1 ELSE f.failures + 1 END
                                       % :max,
                            locked_until = CASE
                                WHEN (CASE WHEN f.last_failure_at < :forgetBefore THEN 1 ELSE f.failures + 1 END) >= :max
                                THEN :until ELSE f.locked_until END,
                            last_failure_at = :now
                        RETURNING user_id, failures = 0 AS locked""")
                .param("client", clientAddress)
                .param("max", maxFailures)
                .param("until", Timestamp.from(lockUntil))
                .param("now", Timestamp.from(now))
                .param("email", email)
                .param("forgetBefore", Timestamp.from(now.minus(forgetAfter)))
                .query((rs, row) ->
                        rs.getBoolean("locked") ? Optional.of(rs.getLong("user_id")) : Optional.<Long>empty())
                .optional()
                .flatMap(locked -> locked);
    }

    /** A successful login from the address: its failures are forgotten (locks from other addresses stay). */
    void forget(String email, String clientAddress) {
        jdbc.sql("""
                        DELETE FROM login_failure f USING staff_user u
                        WHERE u.id = f.user_id AND lower(u.email) = lower(:email) AND f.client_address = :client""").param("email", email).param("client", clientAddress).update();
    }

    /** Every failure and lock of the user goes, e.g. when an administrator sets a new password. */
    void forgetAll(long userId) {
        jdbc.sql("DELETE FROM login_failure WHERE user_id = :id")
                .param("id", userId)
                .update();
    }

    void deleteExpired(Instant now, Duration forgetAfter) {
        jdbc.sql("""
                        DELETE FROM login_failure
                        WHERE last_failure_at < :forgetBefore AND (locked_until IS NULL OR locked_until <= :now)""")
                .param("forgetBefore", Timestamp.from(now.minus(forgetAfter)))
                .param("now", Timestamp.from(now))
                .update();
    }
}
