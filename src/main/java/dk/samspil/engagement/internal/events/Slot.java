package dk.samspil.engagement.internal.events;

import java.time.Instant;

/** A one-to-one dialogue slot; {@code registrationId} is the confirmed booking, if any. */
record Slot(long id, long eventId, Instant startsAt, Instant endsAt, Long registrationId) {

    boolean free() {
        return registrationId == null;
    }
}
