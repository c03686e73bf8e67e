package dk.samspil.talent.internal;

import dk.samspil.talent.internal.Choices.ApplicationStatus;
import java.time.Instant;

/** One student's application, without the CV's content. */
record Application(
        long id,
        long opportunityId,
        String name,
        String email,
        String message,
        String cvName,
        ApplicationStatus status,
        Instant createdAt) {}
