package dk.samspil.inquiries.internal;

/** Where an inquiry is: received (in its queue), assigned to someone, answered, or closed. */
enum InquiryStatus {
    RECEIVED,
    ASSIGNED,
    ANSWERED,
    CLOSED;

    boolean open() {
        return this == RECEIVED || this == ASSIGNED;
    }
}
