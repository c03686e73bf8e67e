package dk.samspil.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The editable content of a planned procurement, as officers, imports and the API give it. Until
 * {@link ProcurementService} has checked it, any field may be missing; a stored entry always has a title, a contract
 * type, a procedure and an expected publication. Missing CPV codes and lots are empty lists, a missing value unknown.
 *
 * @param buyingUnitId the organisation module's buying unit, or {@code null}
 * @param cpvCodes     8-digit CPV codes, the main code first
 * @param nutsCode     place of performance; {@code null} means the municipality's own
 */
public record ProcurementDetails(
        @Nullable String title,
        @Nullable String description,
        @Nullable Long buyingUnitId,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        List<String> cpvCodes,
        @Nullable String nutsCode,
        @Nullable ContractType contractType,
        EstimatedValue value,
        @Nullable ProcurementProcedure procedure,
        @Nullable ExpectedPeriod expectedPublication,
        @Nullable LocalDate contractStart,
        @Nullable Integer durationMonths,
        @Nullable String optionsDescription,
        boolean smeSuitable,
        boolean consortiaOpen,
        boolean innovationWanted,
        boolean marketDialoguePlanned,
        boolean sustainabilityClauses,
        boolean socialClauses,
        List<Lot> lots) {

    public ProcurementDetails {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        lots = lots == null ? List.of() : List.copyOf(lots);
        value = value == null ? EstimatedValue.unknown() : value;
    }

    public @Nullable String mainCpv() {
        return cpvCodes.isEmpty() ? null : cpvCodes.get(0);
    }
}
