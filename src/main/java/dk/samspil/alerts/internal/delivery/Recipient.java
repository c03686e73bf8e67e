package dk.samspil.alerts.internal.delivery;

import dk.samspil.platform.DanishFormats;
import java.util.Locale;

/** A subscriber as the delivery side needs them. */
record Recipient(long id, String email, String language, boolean paused, int linkVersion) {

    Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : DanishFormats.DANISH;
    }
}
