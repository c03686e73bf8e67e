package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.SignedTokens;
import dk.samspil.platform.StaffDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's personal links to the wheel's iCalendar feed, for calendar clients that cannot log in. Each link
 * carries a random token, shown once when the link is made and stored only as its SHA-256 hash, and can be revoked on
 * its own by its owner; it expires after a year. A link opens the feed only while its owner is active and holds a role
 * that reads the wheel, so deactivating the user or taking the role away closes all of them.
 * <p>
 * The links made before links were stored (signed tokens naming the user, one per visit to the wheel) keep working
 * until they expire, for the users who existed then, until the user revokes them all together.
 */
@Component
class WheelFeedTokens {

    static final String PURPOSE = "agreement.wheel-feed";
    static final Duration VALIDITY = Duration.ofDays(365);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int HINT_LENGTH = 6;

    /** An active feed link of the user, told apart by the last characters of its token. */
    record Link(long id, String hint, Instant createdAt, Instant expiresAt) {}

    /** The user's feed links from before links were stored: they work until {@code expiresAt} unless revoked. */
    record Legacy(Instant expiresAt) {}

    /** What a token does for a request to the feed. */
    enum Access {
        OPEN,
        /** A link that was revoked or has expired: gone for good. */
        GONE,
        REFUSED
    }

    private final SignedTokens tokens;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    WheelFeedTokens(SignedTokens tokens, StaffDirectory staff, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.staff = staff;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user who signs in with {@code email} is a staff user, who can have feed links. */
    boolean canHaveLinks(String email) {
        return staff.activeByEmail(email).isPresent();
    }

    /** Makes a new link for the staff user who signs in with {@code email}; the token, to be shown once. */
    @Transactional
    Optional<String> create(String email) {
        Optional<StaffDirectory.StaffMember> member = staff.activeByEmail(email);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        INSERT INTO agreement_wheel_feed_link
                            (staff_user_id, token_hash, token_hint, created_at, expires_at)
                        VALUES (:user, :hash, :hint, :now, :expires) RETURNING id""")
                .param("user", member.get().id())
                .param("hash", sha256(token))
                .param("hint", token.substring(token.length() - HINT_LENGTH))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(VALIDITY)))
                .query(Long.class)
                .single();
        audit.created(
                "agreement_wheel_feed_link",
                id,
                Map.of("staffUserId", member.get().id()));
        return Optional.of(token);
    }

    /** The user's links that still open the feed, newest first. */
    @Transactional(readOnly = true)
    List<Link> active(String email) {
        return staff.activeByEmail(email)
                .map(member -> jdbc.sql("""
                                SELECT id, token_hint, created_at, expires_at FROM agreement_wheel_feed_link
                                WHERE staff_user_id = :user AND revoked_at IS NULL AND expires_at > :now
                                ORDER BY created_at DESC, id DESC""")
                        .param("user", member.id())
                        .param("now", Timestamp.from(clock.instant()))
                        .query((rs, n) -> new Link(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getTimestamp(3).toInstant(),
                                rs.getTimestamp(4).toInstant()))
                        .list())
                .orElse(List.of());
    }

    /** The user's links from before links were stored, while they may still work. */
    @Transactional(readOnly = true)
    Optional<Legacy> legacy(String email) {
        return staff.activeByEmail(email)
                .flatMap(member -> jdbc.sql("""
                        SELECT expires_at FROM agreement_wheel_feed_legacy
                        WHERE staff_user_id = :user AND revoked_at IS NULL AND expires_at > :now""")
                        .param("user", member.id())
                        .param("now", Timestamp.from(clock.instant()))
                        .query((rs, n) -> new Legacy(rs.getTimestamp(1).toInstant()))
                        .optional());
    }

    /** Revokes one of the user's own active links; false when the user has no such link. */
    @Transactional
    boolean revoke(String email, long linkId) {
        Optional<StaffDirectory.StaffMember> member = staff.activeByEmail(email);
        if (member.isEmpty()) {
            return false;
        }
        int revoked = jdbc.sql("""
                        UPDATE agreement_wheel_feed_link SET revoked_at = :now
                        WHERE id = :id AND staff_user_id = :user AND revoked_at IS NULL""")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", linkId)
                .param("user", member.get().id())
                .update();
        if (revoked == 1) {
            audit.updated("agreement_wheel_feed_link", linkId, Map.of("revoked", false), Map.of("revoked", true));
        }
        return revoked == 1;
    }

    /** Revokes all of the user's links from before links were stored; false when there are none to revoke. */
    @Transactional
    boolean revokeLegacy(String email) {
        Optional<StaffDirectory.StaffMember> member = staff.activeByEmail(email);
        if (member.isEmpty()) {
            return false;
        }
        int revoked = jdbc.sql("""
                        UPDATE agreement_wheel_feed_legacy SET revoked_at = :now
                        WHERE staff_user_id = :user AND revoked_at IS NULL""")
                .param("now", Timestamp.from(clock.instant()))
                .param("user", member.get().id())
                .update();
        if (revoked == 1) {
            audit.updated(
                    "agreement_wheel_feed_legacy",
                    member.get().id(),
                    Map.of("revoked", false),
                    Map.of("revoked", true));
        }
        return revoked == 1;
    }

    /** What {@code token} does: opens the feed, is gone (revoked or expired), or is refused. */
    @Transactional(readOnly = true)
    Access check(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 500) {
            return Access.REFUSED;
        }
        Instant now = clock.instant();
        record Stored(long user, boolean gone) {}
        Optional<Stored> stored = jdbc.sql("""
                        SELECT staff_user_id, revoked_at IS NOT NULL OR expires_at <= :now
                        FROM agreement_wheel_feed_link WHERE token_hash = :hash""")
                .param("now", Timestamp.from(now))
                .param("hash", sha256(token))
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getBoolean(2)))
                .optional();
        if (stored.isPresent()) {
            return stored.get().gone() ? Access.GONE : reader(stored.get().user());
        }
        Optional<Long> user = tokens.verify(PURPOSE, token).flatMap(WheelFeedTokens::userId);
        if (user.isEmpty()) {
            return Access.REFUSED;
        }
        Optional<Boolean> legacyGone = jdbc.sql("""
                        SELECT revoked_at IS NOT NULL OR expires_at <= :now
                        FROM agreement_wheel_feed_legacy WHERE staff_user_id = :user""")
                .param("now", Timestamp.from(now))
                .param("user", user.get())
                .query(Boolean.class)
                .optional();
        if (legacyGone.isEmpty()) {
            return Access.REFUSED;
        }
        return legacyGone.get() ? Access.GONE : reader(user.get());
    }

    /** OPEN while the staff user is active and holds a role that reads the wheel. */
    private Access reader(long userId) {
        return staff.active().stream()
                        .filter(member -> member.id() == userId)
                        .findFirst()
                        .filter(member -> WheelPaths.READER_ROLES.stream()
                                .anyMatch(role -> staff.activeEmailsWithRole(role).stream()
                                        .anyMatch(email -> email.equalsIgnoreCase(member.email()))))
                        .isPresent()
                ? Access.OPEN
                : Access.REFUSED;
    }

    private static Optional<Long> userId(String subject) {
        return subject.matches("\\d{1,18}") ? Optional.of(Long.parseLong(subject)) : Optional.empty();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
