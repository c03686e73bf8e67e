package dk.samspil.talent.internal;

import dk.samspil.talent.TalentProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts CVs at rest with AES-256-GCM: a fresh 12-byte nonce per CV, stored before the ciphertext; the
 * application's id-free associated data is the purpose, so a blob copied to another column does not decrypt.
 * The key is {@code samspil.talent.cv-key}; without it one random key is kept in {@code platform_secret}.
 */
@Component
class CvCipher {

    private static final String SECRET_NAME = "talent-cv";
    private static final byte[] ASSOCIATED = "talent.cv".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    CvCipher(TalentProperties properties, JdbcClient jdbc, Clock clock) {
        byte[] raw = StringUtils.hasText(properties.cvKey())
                ? Base64.getDecoder().decode(properties.cvKey().strip())
                : storedKey(jdbc, clock);
        if (raw.length != 32) {
            throw new IllegalStateException("samspil.talent.cv-key must be 32 bytes in base64, not " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    byte[] encrypt(byte[] plain) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(ASSOCIATED);
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    byte[] decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE));
            cipher.updateAAD(ASSOCIATED);
            return cipher.doFinal(stored, NONCE, stored.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The CV could not be decrypted: wrong samspil.talent.cv-key?", e);
        }
    }

    private static byte[] storedKey(JdbcClient jdbc, Clock clock) {
        byte[] proposal = new byte[32];
        RANDOM.nextBytes(proposal);
        jdbc.sql("""
                        INSERT INTO platform_secret (name, value, created_at) VALUES (:name, :value, :now)
                        ON CONFLICT (name) DO NOTHING""")
                .param("name", SECRET_NAME)
                .param("value", Base64.getEncoder().encodeToString(proposal))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return Base64.getDecoder()
                .decode(jdbc.sql("SELECT value FROM platform_secret WHERE name = :name")
                        .param("name", SECRET_NAME)
                        .query(String.class)
                        .single());
    }
}
