package dk.samspil.pipeline;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A planned procurement as stored: its content, status and time stamps.
 *
 * @param buyingUnitName  display name of the buying unit, or {@code null}
 * @param aboveEuThreshold whether the estimated value is at or above the EU threshold for its contract type
 * @param version         raised with every published change (iCalendar SEQUENCE)
 */
public record PlannedProcurement(
        long id,
        String reference,
        ProcurementDetails details,
        @Nullable String buyingUnitCode,
        @Nullable String buyingUnitName,
        ProcurementStatus status,
        @Nullable String statusReason,
        @Nullable String tenderUrl,
        int version,
        boolean aboveEuThreshold,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        @Nullable Instant lastChangedAt) {}
