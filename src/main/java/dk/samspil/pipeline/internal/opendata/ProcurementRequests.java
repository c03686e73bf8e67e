package dk.samspil.pipeline.internal.opendata;

import dk.samspil.codelists.CpvCode;
import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.ContractType;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.platform.Numbers;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads API request bodies into procurement details. What cannot be read (an unknown buying unit, procedure or
 * period, a value that is neither a number nor a range) becomes a violation, like the service's own rules.
 */
@Component
class ProcurementRequests {

    /** Details and the violations found while reading them; the details are only usable when there are none. */
    record Read(ProcurementDetails details, List<Violation> violations) {}

    private final OrganisationService organisation;

    ProcurementRequests(OrganisationService organisation) {
        this.organisation = organisation;
    }

    Read read(ProcurementRequest r) {
        List<Violation> violations = new ArrayList<>();
        Long buyingUnitId = null;
        if (r.buyingUnit() != null && !r.buyingUnit().isBlank()) {
            Optional<BuyingUnit> unit = organisation.buyingUnit(r.buyingUnit()).filter(BuyingUnit::active);
            if (unit.isPresent()) {
                buyingUnitId = unit.get().id();
            } else {
                violations.add(new Violation("buyingUnit", "pipeline.error.buyingUnit.unknown"));
            }
        }
        List<String> cpvCodes = r.cpvCodes() == null ? List.of() : r.cpvCodes();
        ProcurementProcedure procedure = constant(
                ProcurementProcedure.class, r.procedure(), "procedure", "pipeline.api.error.procedure", violations);
        ContractType contractType = r.contractType() == null || r.contractType().isBlank()
                ? contractTypeOf(cpvCodes.isEmpty() ? null : cpvCodes.get(0))
                : constant(
                        ContractType.class,
                        r.contractType(),
                        "contractType",
                        "pipeline.api.error.contractType",
                        violations);
        ExpectedPeriod expected = null;
        if (r.expectedTenderPublication() != null
                && !r.expectedTenderPublication().isBlank()) {
            expected = ExpectedPeriod.parse(r.expectedTenderPublication()).orElse(null);
            if (expected == null) {
                violations.add(new Violation("expectedTenderPublication", "pipeline.error.expected.format"));
            }
        }
        EstimatedValue value = value(r.estimatedValueDkk(), violations);
        List<Lot> lots = new ArrayList<>();
        List<ProcurementRequest.LotRequest> lotRequests = r.lots() == null ? List.of() : r.lots();
        for (int i = 0; i < lotRequests.size(); i++) {
            ProcurementRequest.LotRequest lot = lotRequests.get(i);
            lots.add(new Lot(
                    lot.number() == null ? i + 1 : lot.number(),
                    lot.title(),
                    lot.cpvCode(),
                    lot.valueDkk(),
                    Boolean.TRUE.equals(lot.smeSuitable())));
        }
        ProcurementDetails details = new ProcurementDetails(
                r.title(),
                r.description(),
                buyingUnitId,
                r.contactName(),
                r.contactEmail(),
                r.contactPhone(),
                cpvCodes,
                r.nutsCode(),
                contractType,
                value,
                procedure,
                expected,
                r.contractStart(),
                r.durationMonths(),
                r.optionsDescription(),
                yes(r.smeSuitable()),
                yes(r.consortiaOpen()),
                yes(r.innovationWanted()),
                yes(r.marketDialoguePlanned()),
                yes(r.sustainabilityClauses()),
                yes(r.socialClauses()),
                lots);
        return new Read(details, violations);
    }

    /**
     * The contract type that follows from the main CPV code: division 45 is works, divisions 03–44 and 48 are
     * supplies, everything else (50–98) services. Without a CPV code: services.
     */
    static ContractType contractTypeOf(String mainCpv) {
        Optional<CpvCode> code = CpvCode.tryParse(mainCpv);
        if (code.isEmpty()) {
            return ContractType.SERVICES;
        }
        int division = Integer.parseInt(code.get().value().substring(0, 2));
        if (division == 45) {
            return ContractType.WORKS;
        }
        return division < 50 ? ContractType.SUPPLIES : ContractType.SERVICES;
    }

    /** A number is an exact amount, {@code {"min", "max"}} a range, null or absent "not yet known". */
    private static EstimatedValue value(JsonNode node, List<Violation> violations) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return EstimatedValue.unknown();
        }
        if (node.isNumber()) {
            BigDecimal exact = amount(node);
            if (exact != null) {
                return EstimatedValue.exact(exact);
            }
            violations.add(new Violation("estimatedValueDkk", Numbers.MESSAGE, Numbers.MAX_DIGITS));
            return EstimatedValue.unknown();
        }
        if (node.isObject() && node.path("min").isNumber() && node.path("max").isNumber() && node.size() == 2) {
            BigDecimal min = amount(node.get("min"));
            BigDecimal max = amount(node.get("max"));
            if (min != null && max != null) {
                return EstimatedValue.range(min, max);
            }
            violations.add(new Violation("estimatedValueDkk", Numbers.MESSAGE, Numbers.MAX_DIGITS));
            return EstimatedValue.unknown();
        }
        violations.add(new Violation("estimatedValueDkk", "pipeline.api.error.value"));
        return EstimatedValue.unknown();
    }

    /** A JSON number within {@link Numbers}' bounds, or null: {@code 1e400} is an infinite double here. */
    private static BigDecimal amount(JsonNode node) {
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            return null;
        }
        BigDecimal value = node.decimalValue();
        return Numbers.isBounded(value) ? value : null;
    }

    static <E extends Enum<E>> E constant(
            Class<E> type, String text, String field, String messageKey, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<E> constant = Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(text.trim()))
                .findFirst();
        if (constant.isEmpty()) {
            violations.add(new Violation(field, messageKey, text.trim()));
        }
        return constant.orElse(null);
    }

    private static boolean yes(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
