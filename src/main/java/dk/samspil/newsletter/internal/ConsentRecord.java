package dk.samspil.newsletter.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a person's consent history on a list: when, what, how, which text version and from where. */
record ConsentRecord(
        long listId,
        String listName,
        String action,
        Instant at,
        String method,
        String textVersion,
        String source,
        @Nullable String clientAddress,
        @Nullable Long campaignId) {}
