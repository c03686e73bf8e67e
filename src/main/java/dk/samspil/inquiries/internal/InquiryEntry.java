package dk.samspil.inquiries.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One note or message on a case: an internal note, a forwarding to a colleague ({@code counterpart} their address),
 * a reply to the inquirer ({@code counterpart} the inquirer's address) or an answer from them picked up from the
 * mailbox ({@code counterpart} the sender).
 */
record InquiryEntry(
        long id,
        Kind kind,
        Instant occurredAt,
        @Nullable String actor,
        @Nullable String counterpart,
        String body) {

    enum Kind {
        NOTE,
        FORWARD,
        REPLY,
        INCOMING
    }
}
