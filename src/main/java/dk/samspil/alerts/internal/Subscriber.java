package dk.samspil.alerts.internal;

import dk.samspil.platform.DanishFormats;
import java.time.Instant;
import java.util.Locale;

/** One e-mail address that receives alerts. */
record Subscriber(
        long id,
        String email,
        String name,
        String companyCvr,
        String language,
        Instant createdAt,
        Instant pausedAt,
        String pauseReason,
        int linkVersion,
        Instant confirmationSentAt) {

    Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : DanishFormats.DANISH;
    }
}
