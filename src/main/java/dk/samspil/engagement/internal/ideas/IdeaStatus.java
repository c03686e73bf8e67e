package dk.samspil.engagement.internal.ideas;

/** Where an idea is in the staff's handling; TAKEN_FORWARD and DECLINED close it. */
enum IdeaStatus {
    NEW,
    IN_REVIEW,
    TAKEN_FORWARD,
    DECLINED;

    boolean closes() {
        return this == TAKEN_FORWARD || this == DECLINED;
    }
}
