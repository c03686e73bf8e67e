package dk.samspil.newsletter.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A newsletter: subject, Markdown text, the lists it goes to, optionally narrowed to a company segment. */
record Campaign(
        long id,
        String subject,
        String markdown,
        List<Long> listIds,
        @Nullable UUID segmentId,
        Status status,
        @Nullable Instant scheduledAt,
        @Nullable Instant sentAt,
        Instant createdAt,
        String createdBy) {

    enum Status {
        DRAFT,
        SCHEDULED,
        SENDING,
        SENT
    }

    public boolean sendable() {
        return status == Status.DRAFT || status == Status.SCHEDULED;
    }
}
