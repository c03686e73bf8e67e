package dk.samspil.talent.internal;

import dk.samspil.talent.internal.Choices.Kind;
import dk.samspil.talent.internal.Choices.Outcome;
import dk.samspil.talent.internal.Choices.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One opportunity as stored. */
record Opportunity(
        long id,
        String companyCvr,
        String companyName,
        boolean companyKnown,
        @Nullable String industryText,
        Kind kind,
        String title,
        String description,
        List<String> fields,
        List<String> levels,
        List<String> institutions,
        @Nullable String place,
        boolean remote,
        @Nullable Integer hoursPerWeek,
        LocalDate periodStart,
        LocalDate periodEnd,
        boolean paid,
        LocalDate deadline,
        String contactName,
        String contactEmail,
        Status status,
        @Nullable String moderationMessage,
        @Nullable Outcome outcome,
        Instant createdAt) {}
