package dk.samspil.engagement.internal.events;

import java.time.Instant;
import java.util.List;

/**
 * What staff enter for an event.
 *
 * @param capacity              seats for participants; {@code null} means no limit (dialogue slots are limited by
 *                              their slots)
 * @param participantsPerCompany the most participants one company may register, all its registrations together;
 *                              {@code null} means no limit
 * @param registrationDeadline  {@code null} means registration is open until the start
 * @param onlineUrl             the meeting link, for registrants with a seat only: never on public pages or the API
 */
record EventDetails(
        EventType type,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineUrl,
        Integer capacity,
        Integer participantsPerCompany,
        Instant registrationDeadline,
        List<String> procurementReferences,
        String theme) {

    EventDetails {
        procurementReferences = procurementReferences == null ? List.of() : List.copyOf(procurementReferences);
    }

    /** When registration closes: the deadline, or the start when staff set none. */
    public Instant registrationCloses() {
        return registrationDeadline != null ? registrationDeadline : startsAt;
    }
}
