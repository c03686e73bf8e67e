package dk.samspil.talent.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A student project wish an institution posted ("we look for a company for a 10-week project on ..."). */
record Wish(
        long id,
        long institutionId,
        String institutionName,
        String title,
        String description,
        List<String> fields,
        @Nullable Integer weeks,
        LocalDate periodStart,
        String contactEmail,
        boolean open,
        Instant createdAt) {}
