package dk.samspil.networks.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A network: its purpose, whether it has a public page, and the members' mailing list. */
record Network(
        long id,
        String name,
        String purpose,
        boolean publicPage,
        @Nullable Long listId,
        Instant createdAt) {}
