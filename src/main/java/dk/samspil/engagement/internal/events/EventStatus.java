package dk.samspil.engagement.internal.events;

/** DRAFT is seen by staff only; PUBLISHED is public and open for registration; CANCELLED stays visible. */
enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
