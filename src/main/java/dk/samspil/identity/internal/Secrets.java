package dk.samspil.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random bearer secrets and the SHA-256 hashes they are stored as (they are random, so no salt is needed). */
final class Secrets {

    static final String API_TOKEN_PREFIX = "smp_";
    private static final int DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** {@code smp_} followed by 32 random bytes in unpadded base64url. */
    static String newApiToken() {
        return API_TOKEN_PREFIX + random(32);
    }

    static String newSetupToken() {
        return random(32);
    }

    /** The start of a token, enough for its owner to recognise it. */
    static String displayPrefix(String token) {
        return token.substring(0, Math.min(DISPLAY_PREFIX_LENGTH, token.length()));
    }

    static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String random(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
