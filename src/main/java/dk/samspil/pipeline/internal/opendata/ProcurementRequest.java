package dk.samspil.pipeline.internal.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/v1/procurements} and {@code PUT /api/v1/procurements/{reference}}. Codes are
 * strings so that an unknown one is answered with a Danish field message instead of a parse error.
 *
 * @param buyingUnit        the unit's code or name; may be left out
 * @param cpvCodes          main code first; {@code 45000000} or {@code 45000000-7}
 * @param estimatedValueDkk a number (exact), an object {@code {"min": …, "max": …}} (a range), or null (not yet known)
 * @param contractType      WORKS, SUPPLIES, SERVICES or SOCIAL_SERVICES; left out, it follows the main CPV code
 * @param reason            for PUT on a published entry: the public reason shown in its history
 */
record ProcurementRequest(
        String reference,
        String title,
        String description,
        String buyingUnit,
        List<String> cpvCodes,
        JsonNode estimatedValueDkk,
        String expectedTenderPublication,
        String procedure,
        String contractType,
        String contactName,
        String contactEmail,
        String contactPhone,
        String nutsCode,
        LocalDate contractStart,
        Integer durationMonths,
        String optionsDescription,
        Boolean smeSuitable,
        Boolean consortiaOpen,
        Boolean innovationWanted,
        Boolean marketDialoguePlanned,
        Boolean sustainabilityClauses,
        Boolean socialClauses,
        List<LotRequest> lots,
        String reason) {

    /** @param number left out, the lot's place in the list (1, 2, …) */
    record LotRequest(Integer number, String title, String cpvCode, BigDecimal valueDkk, Boolean smeSuitable) {}

    /** The body of {@code POST /api/v1/procurements/{reference}/status}. */
    record StatusRequest(String status, String reason, String tenderUrl) {}
}
