package dk.samspil.engagement.internal.events;

import java.time.Instant;

/** A stored event. */
record Event(
        long id,
        EventDetails details,
        EventStatus status,
        String cancelReason,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) {

    boolean isPublic() {
        return status != EventStatus.DRAFT;
    }

    /** {@code fredag 8. januar 2027 kl. 13.00–15.30}, in the language of the page or mail. */
    public String when() {
        return EventFormats.range(details.startsAt(), details.endsAt());
    }

    public boolean hasSlots() {
        return details.type() == EventType.DIALOGUE_SLOTS;
    }

    /** Registration is open until the deadline (or the start when there is none). */
    boolean registrationOpen(Instant now) {
        return status == EventStatus.PUBLISHED && now.isBefore(details.registrationCloses());
    }
}
