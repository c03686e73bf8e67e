package dk.samspil.engagement.internal.events;

import java.time.Instant;

/** A stored event. */
record Event(long id, EventDetails details, EventStatus status, String cancelReason, String createdBy,
             Instant createdAt, Instant updatedAt, Instant publishedAt) {

    boolean isPublic() {
        return status != EventStatus.DRAFT;
    }

    boolean hasSlots() {
        return details.type() == EventType.DIALOGUE_SLOTS;
    }

    /** Registration is open until the deadline (or the start when there is none). */
    boolean registrationOpen(Instant now) {
        Instant closes = details.registrationDeadline() != null ? details.registrationDeadline() : details.startsAt();
        return status == EventStatus.PUBLISHED && now.isBefore(closes);
    }
}
