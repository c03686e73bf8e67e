package dk.samspil.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What other modules need to know of a published entry at one moment: enough to match subscriptions and to
 * write an alert without reading the pipeline's tables.
 *
 * @param changeId the change-log entry this snapshot belongs to: a stable key for idempotent handling
 */
public record ProcurementSnapshot(
        long changeId,
        String reference,
        String title,
        String description,
        List<String> cpvCodes,
        @Nullable String buyingUnitCode,
        @Nullable String buyingUnitName,
        @Nullable BigDecimal valueMinDkk,
        @Nullable BigDecimal valueMaxDkk,
        ProcurementProcedure procedure,
        ProcurementStatus status,
        ExpectedPeriod expectedPublication,
        LocalDate expectedFrom,
        boolean smeSuitable,
        boolean consortiaOpen,
        List<String> lotTitles,
        @Nullable String tenderUrl,
        int version) {}
