package dk.samspil.pipeline.internal.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.FieldChange;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.ProcurementDetails;

/**
 * What changed between two versions of an entry, field by field, as the public history shows it, and whether a
 * subscriber should hear about it.
 */
public final class ProcurementDiff {

    /** Fields whose change is material: subscribers are told. Status changes are always material. */
    static final Set<String> MATERIAL = Set.of("expectedPublication", "cpvCodes", "lots");

    private ProcurementDiff() {
    }

    public static List<FieldChange> between(ProcurementDetails a, ProcurementDetails b) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "title", a, b, ProcurementDetails::title);
        field(changes, "description", a, b, ProcurementDetails::description);
        field(changes, "buyingUnit", a, b, d -> d.buyingUnitId() == null ? null : d.buyingUnitId().toString());
        field(changes, "contactName", a, b, ProcurementDetails::contactName);
        field(changes, "contactEmail", a, b, ProcurementDetails::contactEmail);
        field(changes, "contactPhone", a, b, ProcurementDetails::contactPhone);
        field(changes, "cpvCodes", a, b, d -> String.join(", ", d.cpvCodes()));
        field(changes, "nutsCode", a, b, ProcurementDetails::nutsCode);
        field(changes, "contractType", a, b, d -> name(d.contractType()));
        field(changes, "value", a, b, d -> value(d.value()));
        field(changes, "procedure", a, b, d -> name(d.procedure()));
        field(changes, "expectedPublication", a, b, d -> d.expectedPublication() == null ? null : d.expectedPublication().code());
        field(changes, "contractStart", a, b, d -> d.contractStart() == null ? null : d.contractStart().toString());
        field(changes, "durationMonths", a, b, d -> d.durationMonths() == null ? null : d.durationMonths().toString());
        field(changes, "optionsDescription", a, b, ProcurementDetails::optionsDescription);
        field(changes, "smeSuitable", a, b, d -> Boolean.toString(d.smeSuitable()));
        field(changes, "consortiaOpen", a, b, d -> Boolean.toString(d.consortiaOpen()));
        field(changes, "innovationWanted", a, b, d -> Boolean.toString(d.innovationWanted()));
        field(changes, "marketDialoguePlanned", a, b, d -> Boolean.toString(d.marketDialoguePlanned()));
        field(changes, "sustainabilityClauses", a, b, d -> Boolean.toString(d.sustainabilityClauses()));
        field(changes, "socialClauses", a, b, d -> Boolean.toString(d.socialClauses()));
        field(changes, "lots", a, b, d -> lots(d.lots()));
        return changes;
    }

    public static boolean isMaterial(List<FieldChange> changes, ProcurementDetails before, ProcurementDetails after) {
        return changes.stream().anyMatch(c -> MATERIAL.contains(c.field()))
                || before.value().band() != after.value().band();
    }

    private static void field(List<FieldChange> changes, String name, ProcurementDetails a, ProcurementDetails b,
                              Function<ProcurementDetails, String> value) {
        String from = emptyToNull(value.apply(a));
        String to = emptyToNull(value.apply(b));
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(name, from, to));
        }
    }

    private static String value(EstimatedValue value) {
        if (value == null || !value.known()) {
            return null;
        }
        return value.kind() == EstimatedValue.Kind.EXACT ? plain(value.min()) : plain(value.min()) + "-" + plain(value.max());
    }

    private static String lots(List<Lot> lots) {
        return lots.stream()
                .map(l -> l.number() + ". " + l.title() + (l.cpvCode() == null ? "" : " (" + l.cpvCode() + ")")
                        + (l.valueDkk() == null ? "" : " " + plain(l.valueDkk())) + (l.smeSuitable() ? " [SME]" : ""))
                .reduce((x, y) -> x + "; " + y).orElse(null);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
