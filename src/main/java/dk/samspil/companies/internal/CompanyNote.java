package dk.samspil.companies.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visit or note about a company, readable by the organisations its {@link Sharing} names. {@code reads} lists who in
 * other organisations has read it, shown to the author's own organisation only (empty for everyone else).
 */
record CompanyNote(
        long id,
        LocalDate visitDate,
        String author,
        StaffOrganisation authorOrg,
        List<Topic> topics,
        String title,
        String notes,
        Sharing sharedWith,
        Instant createdAt,
        @Nullable Instant anonymisedAt,
        List<Read> reads,
        List<String> participants,
        List<CompanyFollowUp> followUps) {

    CompanyNote(
            long id,
            LocalDate visitDate,
            String author,
            StaffOrganisation authorOrg,
            List<Topic> topics,
            String title,
            String notes,
            Sharing sharedWith,
            Instant createdAt,
            @Nullable Instant anonymisedAt,
            List<Read> reads) {
        this(
                id,
                visitDate,
                author,
                authorOrg,
                topics,
                title,
                notes,
                sharedWith,
                createdAt,
                anonymisedAt,
                reads,
                List.of(),
                List.of());
    }

    record Read(String reader, StaffOrganisation readerOrg, Instant firstRead, Instant lastRead) {}
}
