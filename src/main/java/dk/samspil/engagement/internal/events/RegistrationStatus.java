package dk.samspil.engagement.internal.events;

/**
 * CONFIRMED and OFFERED hold seats; WAITING is the waiting list in order of registration; an OFFERED registrant
 * who does not accept in time becomes EXPIRED and the seat goes to the next on the list.
 */
enum RegistrationStatus {
    CONFIRMED,
    WAITING,
    OFFERED,
    CANCELLED,
    EXPIRED;

    boolean active() {
        return this == CONFIRMED || this == WAITING || this == OFFERED;
    }
}
