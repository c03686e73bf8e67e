package dk.samspil.pipeline;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable content of a planned procurement, as officers, imports and the API give it.
 *
 * @param buyingUnitId the organisation module's buying unit, or {@code null}
 * @param cpvCodes     8-digit CPV codes, the main code first
 * @param nutsCode     place of performance; {@code null} means the municipality's own
 */
public record ProcurementDetails(
        String title,
        String description,
        Long buyingUnitId,
        String contactName,
        String contactEmail,
        String contactPhone,
        List<String> cpvCodes,
        String nutsCode,
        ContractType contractType,
        EstimatedValue value,
        ProcurementProcedure procedure,
        ExpectedPeriod expectedPublication,
        LocalDate contractStart,
        Integer durationMonths,
        String optionsDescription,
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

    public String mainCpv() {
        return cpvCodes.isEmpty() ? null : cpvCodes.get(0);
    }
}
