package dk.samspil.engagement.internal.events;

import java.time.Instant;
import java.util.List;

/**
 * What staff enter for an event.
 *
 * @param capacity seats for participants; {@code null} means no limit (dialogue slots are limited by their slots)
 */
record EventDetails(EventType type, String title, String description, Instant startsAt, Instant endsAt, String place,
                    String onlineUrl, Integer capacity, Instant registrationDeadline,
                    List<String> procurementReferences, String theme) {

    EventDetails {
        procurementReferences = procurementReferences == null ? List.of() : List.copyOf(procurementReferences);
    }
}
