package dk.samspil.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
        String buyingUnitCode,
        String buyingUnitName,
        BigDecimal valueMinDkk,
        BigDecimal valueMaxDkk,
        ProcurementProcedure procedure,
        ProcurementStatus status,
        String expectedPublication,
        LocalDate expectedFrom,
        boolean smeSuitable,
        boolean consortiaOpen,
        List<String> lotTitles,
        String tenderUrl,
        int version) {
}
