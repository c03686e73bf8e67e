package dk.samspil.inquiries.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of an inquiry's log: received, assigned (detail: to whom), status changed (detail: the new status), receipt sent, note added, forwarded (detail: to whom), replied (detail: to whom), mail from the inquirer (detail: sender), closed (detail: the outcome), reopened by a mail from the inquirer (detail: the handler told, if any), moved to another queue or team (detail: its name). */
record InquiryEvent(
        Instant occurredAt,
        @Nullable String actor,
        Kind kind,
        @Nullable String detail) {

    enum Kind {
        RECEIVED,
        ASSIGNED,
        STATUS,
        RECEIPT,
        NOTE,
        FORWARDED,
        REPLIED,
        INCOMING,
        CLOSED,
        ROUTED,
        REOPENED
    }
}
