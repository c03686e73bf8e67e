package dk.samspil.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Compact, expiring, purpose-bound tokens for links in e-mails ("confirm your subscription", "unsubscribe"):
 * {@code <payload>.<signature>}, both base64url. The payload carries a version, the expiry and the subject; the
 * HMAC-SHA256 signature also covers the purpose, so a token made for one purpose is worthless for another.
 * The tokens are not encrypted: never put a secret in the subject.
 * <p>
 * The key is {@code samspil.token-secret} when set; otherwise a random key is generated once and kept in the
 * database, so every instance and every restart share it.
 */
@Component
public class SignedTokens implements SmartInitializingSingleton {

    static final String SECRET_NAME = "token-signing";

    private static final String VERSION = "1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Supplier<byte[]> secretSource;
    private final Clock clock;
    private volatile SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @Autowired
    SignedTokens(PlatformProperties properties, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this(
                StringUtils.hasText(properties.tokenSecret())
                        ? () -> properties.tokenSecret().getBytes(StandardCharsets.UTF_8)
                        : () -> storedSecret(jdbc, transactions, clock),
                clock);
    }

    SignedTokens(Supplier<byte[]> secretSource, Clock clock) {
        this.secretSource = secretSource;
        this.clock = clock;
    }

    /**
     * A token that {@link #verify} accepts for the same purpose until {@code validity} has passed.
     *
     * @param purpose  what the link does, e.g. {@code alerts.confirm}; letters, digits, dots, dashes and underscores
     * @param subject  what the link is about, e.g. a subscription id; readable by anyone holding the token
     */
    public String create(String purpose, String subject, Duration validity) {
        requirePurpose(purpose);
        if (subject == null) {
            throw new IllegalArgumentException("A signed token needs a subject");
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A signed token must be valid for a positive duration: " + validity);
        }
        long expiresAt = clock.instant().plus(validity).getEpochSecond();
        String payload =
                ENCODER.encodeToString((VERSION + "|" + expiresAt + "|" + subject).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(sign(purpose, payload));
    }

    /** The token's subject when it was made by this application for {@code purpose} and has not expired. */
    public Optional<String> verify(String purpose, @Nullable String token) {
        Check check = check(purpose, token);
        return check.status() == Status.VALID ? Optional.of(check.subject()) : Optional.empty();
    }

    /** Why a token was accepted or not: refusals that must be logged tell a forged link from an expired one. */
    public enum Status {
        VALID,
        EXPIRED,
        INVALID
    }

    /**
     * The outcome of {@link #check}: the subject is known for a valid token and for an expired one (whose signature
     * holds, so its subject is the one this application wrote); it is {@code null} for an invalid token.
     */
    public record Check(Status status, @Nullable String subject) {}

    /** Like {@link #verify}, but tells an expired token (made here for this purpose) from an invalid one. */
    public Check check(String purpose, @Nullable String token) {
        requirePurpose(purpose);
        Check invalid = new Check(Status.INVALID, null);
        if (token == null) {
            return invalid;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return invalid;
        }
        String payload = token.substring(0, dot);
        String[] fields;
        try {
            fields = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|", 3);
        } catch (IllegalArgumentException notBase64) {
            return invalid;
        }
        // Compared as text, not as decoded bytes: base64 ignores the spare bits of the last character, so two
        // different strings could decode to one signature and an altered link would still work.
        byte[] expected = ENCODER.encodeToString(sign(purpose, payload)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))
                || fields.length != 3
                || !VERSION.equals(fields[0])) {
            return invalid;
        }
        Instant expiresAt;
        try {
            expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[1]));
        } catch (NumberFormatException malformed) {
            return invalid;
        }
        return new Check(clock.instant().isBefore(expiresAt) ? Status.VALID : Status.EXPIRED, fields[2]);
    }

    /** The purpose is signed with a separator after it, so it must not contain that separator. */
    private static void requirePurpose(String purpose) {
        if (purpose == null || !purpose.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Invalid token purpose: " + purpose);
        }
    }

    private byte[] sign(String purpose, String payload) {
        return macs.get().doFinal((purpose + "|" + payload).getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh {@link Mac} costs a provider lookup and a key set-up; mass mails sign two links per message. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * Loads the key once every bean exists (so the migrations have run), before any request or listener signs: loaded
     * lazily inside a caller's transaction it needs a second connection while every other signing thread waits on the
     * lock holding one, which under load empties the pool.
     */
    @Override
    public void afterSingletonsInstantiated() {
        key();
    }

    /** The key, read once; {@link #afterSingletonsInstantiated} normally has read it already. */
    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                current = key;
                if (current == null) {
                    current = new SecretKeySpec(secretSource.get(), ALGORITHM);
                    key = current;
                }
            }
        }
        return current;
    }

    /**
     * Every instance proposes a random secret; the first insert wins and all of them read the winner back. In a
     * transaction of its own: were the key written in the caller's transaction and that rolled back, this instance
     * would go on signing with a key no other instance knows.
     */
    private static byte[] storedSecret(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return ownTransaction.execute(status -> insertOrReadSecret(jdbc, clock));
    }

    private static byte[] insertOrReadSecret(JdbcClient jdbc, Clock clock) {
        byte[] proposal = new byte[32];
        new SecureRandom().nextBytes(proposal);
        jdbc.sql("""
                        INSERT INTO platform_secret (name, value, created_at) VALUES (:name, :value, :now)
                        ON CONFLICT (name) DO NOTHING""")
                .param("name", SECRET_NAME)
                .param("value", Base64.getEncoder().encodeToString(proposal))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        String stored = jdbc.sql("SELECT value FROM platform_secret WHERE name = :name")
                .param("name", SECRET_NAME)
                .query(String.class)
                .single();
        return Base64.getDecoder().decode(stored);
    }
}
