package dk.samspil.pipeline.internal.staff;

import dk.samspil.codelists.CpvCode;
import dk.samspil.pipeline.ContractType;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.BindingResult;

/**
 * Between the form as typed and {@link ProcurementDetails}: parses Danish amounts, dates and the expected period,
 * drops unused lot rows, and puts the service's violations back on the fields the officer sees.
 */
final class ProcurementFormMapper {

    private static final Pattern LOT_FIELD = Pattern.compile("lots\\[(\\d+)]\\.(\\w+)");

    private ProcurementFormMapper() {}

    /** A blank form; the place of performance defaults to the municipality's. */
    static ProcurementForm empty(String municipalityNuts) {
        return new ProcurementForm(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        municipalityNuts,
                        null,
                        EstimatedValue.Kind.UNKNOWN.name(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        List.of(),
                        null)
                .withEmptyLots(ProcurementForm.EMPTY_LOT_ROWS);
    }

    static ProcurementForm toForm(String reference, ProcurementDetails d) {
        EstimatedValue value = d.value();
        boolean exact = value.kind() == EstimatedValue.Kind.EXACT;
        boolean range = value.kind() == EstimatedValue.Kind.RANGE;
        List<ProcurementForm.LotForm> lots = d.lots().stream()
                .map(l -> new ProcurementForm.LotForm(
                        l.title(), l.cpvCode(), DanishAmounts.format(l.valueDkk()), l.smeSuitable()))
                .toList();
        return new ProcurementForm(
                        reference,
                        d.title(),
                        d.description(),
                        d.buyingUnitId() == null ? null : d.buyingUnitId().toString(),
                        d.contactName(),
                        d.contactEmail(),
                        d.contactPhone(),
                        d.mainCpv(),
                        String.join(
                                ", ",
                                d.cpvCodes()
                                        .subList(
                                                Math.min(1, d.cpvCodes().size()),
                                                d.cpvCodes().size())),
                        d.nutsCode(),
                        name(d.contractType()),
                        value.kind().name(),
                        exact ? DanishAmounts.format(value.min()) : null,
                        range ? DanishAmounts.format(value.min()) : null,
                        range ? DanishAmounts.format(value.max()) : null,
                        name(d.procedure()),
                        d.expectedPublication() == null
                                ? null
                                : d.expectedPublication().code(),
                        DanishDates.format(d.contractStart()),
                        d.durationMonths() == null ? null : d.durationMonths().toString(),
                        d.optionsDescription(),
                        d.smeSuitable(),
                        d.consortiaOpen(),
                        d.innovationWanted(),
                        d.marketDialoguePlanned(),
                        d.sustainabilityClauses(),
                        d.socialClauses(),
                        lots,
                        null)
                .withEmptyLots(1);
    }

    /**
     * The details the form describes, or empty when a field could not be read; then the field errors are in
     * {@code result}. Call only when Bean Validation found nothing.
     */
    static Optional<ProcurementDetails> toDetails(ProcurementForm form, BindingResult result) {
        List<Violation> problems = new ArrayList<>();
        ContractType contractType = parseEnum(ContractType.class, form.contractType());
        if (contractType == null) {
            problems.add(new Violation("contractType", "pipeline.error.contractType.required"));
        }
        ProcurementProcedure procedure = parseEnum(ProcurementProcedure.class, form.procedure());
        if (procedure == null) {
            problems.add(new Violation("procedure", "pipeline.error.procedure.required"));
        }
        ExpectedPeriod expected =
                ExpectedPeriod.parse(form.expectedPublication()).orElse(null);
        if (expected == null) {
            problems.add(new Violation("expectedPublication", "pipeline.error.expected.format"));
        }
        EstimatedValue value = value(form, problems);
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < form.lots().size(); i++) {
            ProcurementForm.LotForm row = form.lots().get(i);
            if (!row.isBlank()) {
                BigDecimal amount = amount(row.value(), "lots[" + i + "].value", problems);
                lots.add(new Lot(
                        lots.size() + 1, row.title(), row.cpvCode(), amount, Boolean.TRUE.equals(row.smeSuitable())));
            }
        }
        Long buyingUnit = form.buyingUnitId() == null ? null : Long.valueOf(form.buyingUnitId());
        LocalDate contractStart = form.contractStart() == null
                ? null
                : DanishDates.parse(form.contractStart()).orElse(null);
        if (form.contractStart() != null && contractStart == null) {
            problems.add(new Violation("contractStart", "pipeline.staff.error.date.format"));
        }
        ProcurementDetails details = new ProcurementDetails(
                form.title(),
                form.description(),
                buyingUnit,
                form.contactName(),
                form.contactEmail(),
                form.contactPhone(),
                cpvCodes(form),
                form.nutsCode(),
                contractType,
                value,
                procedure,
                expected,
                contractStart,
                form.durationMonths() == null ? null : Integer.valueOf(form.durationMonths()),
                form.optionsDescription(),
                flag(form.smeSuitable()),
                flag(form.consortiaOpen()),
                flag(form.innovationWanted()),
                flag(form.marketDialoguePlanned()),
                flag(form.sustainabilityClauses()),
                flag(form.socialClauses()),
                lots);
        if (!problems.isEmpty()) {
            FormErrors.reject(result, problems, Violation::field);
            return Optional.empty();
        }
        return Optional.of(details);
    }

    /** Puts the service's violations on the form's fields. */
    static void reject(BindingResult result, List<Violation> violations, ProcurementForm form) {
        FormErrors.reject(result, violations, v -> fieldOf(v, form));
    }

    private static String fieldOf(Violation violation, ProcurementForm form) {
        String field = violation.field();
        Matcher lot = LOT_FIELD.matcher(field);
        if (lot.matches()) {
            int row = formRow(form, Integer.parseInt(lot.group(1)));
            String property = switch (lot.group(2)) {
                case "cpvCode" -> "cpvCode";
                case "valueDkk" -> "value";
                default -> "title";
            };
            return row < 0 ? "lots" : "lots[" + row + "]." + property;
        }
        return switch (field) {
            case "title",
                    "description",
                    "contactName",
                    "contactEmail",
                    "contactPhone",
                    "nutsCode",
                    "contractType",
                    "procedure",
                    "expectedPublication",
                    "contractStart",
                    "durationMonths",
                    "optionsDescription",
                    "reference",
                    "reason",
                    "lots" -> field;
            case "buyingUnit" -> "buyingUnitId";
            case "cpvCodes" -> isMainCpv(violation, form) ? "mainCpv" : "additionalCpv";
            case "value" -> valueField(violation, form);
            default -> null;
        };
    }

    /** The form row of the n-th filled lot. */
    private static int formRow(ProcurementForm form, int filledIndex) {
        int seen = -1;
        for (int i = 0; i < form.lots().size(); i++) {
            if (!form.lots().get(i).isBlank() && ++seen == filledIndex) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isMainCpv(Violation violation, ProcurementForm form) {
        if (violation.arguments().isEmpty()) {
            return true;
        }
        String code = String.valueOf(violation.arguments().get(0));
        return normalizedCpv(form.mainCpv()).equals(code);
    }

    private static String valueField(Violation violation, ProcurementForm form) {
        if (!EstimatedValue.Kind.RANGE.name().equals(form.valueKind())) {
            return "valueExact";
        }
        return violation.messageKey().endsWith("tooLarge") ? "valueMax" : "valueMin";
    }

    private static EstimatedValue value(ProcurementForm form, List<Violation> problems) {
        EstimatedValue.Kind kind = parseEnum(EstimatedValue.Kind.class, form.valueKind());
        if (kind == null) {
            problems.add(new Violation("valueKind", "pipeline.staff.error.valueKind.required"));
            return EstimatedValue.unknown();
        }
        return switch (kind) {
            case UNKNOWN -> EstimatedValue.unknown();
            case EXACT -> EstimatedValue.exact(requiredAmount(form.valueExact(), "valueExact", problems));
            case RANGE ->
                EstimatedValue.range(
                        requiredAmount(form.valueMin(), "valueMin", problems),
                        requiredAmount(form.valueMax(), "valueMax", problems));
        };
    }

    private static BigDecimal requiredAmount(String text, String field, List<Violation> problems) {
        if (text == null) {
            problems.add(new Violation(field, "pipeline.error.value.required"));
            return null;
        }
        return amount(text, field, problems);
    }

    private static BigDecimal amount(String text, String field, List<Violation> problems) {
        if (text == null) {
            return null;
        }
        return DanishAmounts.parse(text).orElseGet(() -> {
            problems.add(new Violation(field, "pipeline.staff.error.amount.format"));
            return null;
        });
    }

    private static List<String> cpvCodes(ProcurementForm form) {
        List<String> codes = new ArrayList<>();
        if (form.mainCpv() != null) {
            codes.add(form.mainCpv());
        }
        if (form.additionalCpv() != null) {
            Arrays.stream(form.additionalCpv().split("[\\s,;]+"))
                    .filter(s -> !s.isBlank())
                    .forEach(codes::add);
        }
        return codes;
    }

    private static String normalizedCpv(String code) {
        return CpvCode.tryParse(code).map(CpvCode::value).orElse(code == null ? "" : code.strip());
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
