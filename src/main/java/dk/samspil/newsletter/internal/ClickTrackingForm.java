package dk.samspil.newsletter.internal;

import org.jspecify.annotations.Nullable;

/** The administrator's choice of click tracking: {@code on} or {@code off}. */
record ClickTrackingForm(@Nullable String clickTracking) {

    boolean valid() {
        return "on".equals(clickTracking) || "off".equals(clickTracking);
    }

    boolean on() {
        return "on".equals(clickTracking);
    }
}
