package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final SignedTokens tokens = new SignedTokens(() -> "a-test-secret".getBytes(StandardCharsets.UTF_8), clock);

    @Test
    void aTokenGivesBackItsSubjectForItsPurpose() {
        String token = tokens.create("alerts.confirm", "subscription-42", Duration.ofDays(7));

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(tokens.verify("alerts.confirm", token)).contains("subscription-42");
    }

    @Test
    void subjectsMayContainTheSeparatorsOfTheFormat() {
        String token = tokens.create("alerts.confirm", "a|b.c|d", Duration.ofMinutes(5));

        assertThat(tokens.verify("alerts.confirm", token)).contains("a|b.c|d");
    }

    @Test
    void aTokenForAnotherPurposeIsRefused() {
        String token = tokens.create("alerts.confirm", "subscription-42", Duration.ofDays(7));

        assertThat(tokens.verify("alerts.unsubscribe", token)).isEmpty();
    }

    @Test
    void aChangedSubjectOrSignatureIsRefused() {
        String token = tokens.create("alerts.confirm", "subscription-42", Duration.ofDays(7));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String otherSubject = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        payload.replace("subscription-42", "subscription-43").getBytes(StandardCharsets.UTF_8));
        char last = parts[1].charAt(parts[1].length() - 2);
        String otherSignature = parts[1].substring(0, parts[1].length() - 2)
                + (last == 'A' ? 'B' : 'A')
                + parts[1].charAt(parts[1].length() - 1);

        assertThat(tokens.verify("alerts.confirm", otherSubject + "." + parts[1]))
                .isEmpty();
        assertThat(tokens.verify("alerts.confirm", parts[0] + "." + otherSignature))
                .isEmpty();
        assertThat(tokens.verify("alerts.confirm", parts[0])).isEmpty();
        assertThat(tokens.verify("alerts.confirm", token + ".x")).isEmpty();
        assertThat(tokens.verify("alerts.confirm", "not base64!.also not")).isEmpty();
        assertThat(tokens.verify("alerts.confirm", null)).isEmpty();
    }

    @Test
    void everyOtherCharacterAnywhereInTheSignatureIsRefused() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int subject = 0; subject < 20; subject++) {
            String token = tokens.create("alerts.confirm", "subscription-" + subject, Duration.ofDays(7));
            int signatureStart = token.indexOf('.') + 1;
            for (int at = signatureStart; at < token.length(); at++) {
                for (char replacement : alphabet.toCharArray()) {
                    if (replacement != token.charAt(at)) {
                        String altered = token.substring(0, at) + replacement + token.substring(at + 1);
                        assertThat(tokens.verify("alerts.confirm", altered))
                                .as(altered)
                                .isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        SignedTokens otherInstallation =
                new SignedTokens(() -> "another-secret".getBytes(StandardCharsets.UTF_8), clock);
        String token = otherInstallation.create("alerts.confirm", "subscription-42", Duration.ofDays(7));

        assertThat(tokens.verify("alerts.confirm", token)).isEmpty();
    }

    @Test
    void aTokenExpiresWhenItsValidityHasPassed() {
        String token = tokens.create("alerts.confirm", "subscription-42", Duration.ofHours(1));

        clock.advance(Duration.ofMinutes(59));
        assertThat(tokens.verify("alerts.confirm", token)).contains("subscription-42");

        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.verify("alerts.confirm", token)).isEmpty();
    }

    @Test
    void checkTellsAnExpiredTokenFromAForgedOne() {
        String token = tokens.create("identity.password-reset", "7:0", Duration.ofHours(1));
        assertThat(tokens.check("identity.password-reset", token))
                .isEqualTo(new SignedTokens.Check(SignedTokens.Status.VALID, "7:0"));

        clock.advance(Duration.ofHours(1));
        assertThat(tokens.check("identity.password-reset", token))
                .as("the signature holds, so the subject is known")
                .isEqualTo(new SignedTokens.Check(SignedTokens.Status.EXPIRED, "7:0"));
        assertThat(tokens.check("identity.invitation", token).status()).isEqualTo(SignedTokens.Status.INVALID);
        assertThat(tokens.check("identity.password-reset", token + "x"))
                .isEqualTo(new SignedTokens.Check(SignedTokens.Status.INVALID, null));
        assertThat(tokens.check("identity.password-reset", null).status()).isEqualTo(SignedTokens.Status.INVALID);
    }

    @Test
    void purposesAndValiditiesAreChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> tokens.create("with|bar", "s", Duration.ofHours(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> tokens.create("", "s", Duration.ofHours(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> tokens.create("alerts.confirm", "s", Duration.ZERO));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tokens.create("alerts.confirm", null, Duration.ofHours(1)));
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Copenhagen");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("not needed by these tests");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
