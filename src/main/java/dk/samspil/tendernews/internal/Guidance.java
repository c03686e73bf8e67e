package dk.samspil.tendernews.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A logged phone guidance contact. */
record Guidance(
        long id,
        LocalDate contactedOn,
        String staffUser,
        @Nullable String contactName,
        String cvr,
        String companyName,
        String subject,
        @Nullable String outcome,
        @Nullable String followUp,
        boolean passedToProvider,
        Instant createdAt) {}
