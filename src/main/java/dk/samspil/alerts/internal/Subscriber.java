package dk.samspil.alerts.internal;

import java.time.Instant;

/** One e-mail address that receives alerts. */
record Subscriber(long id, String email, String name, String companyCvr, String language, Instant createdAt,
                  Instant pausedAt, String pauseReason, int linkVersion, Instant confirmationSentAt) {

    java.util.Locale locale() {
        return "en".equals(language) ? java.util.Locale.ENGLISH : dk.samspil.platform.DanishFormats.DANISH;
    }
}
