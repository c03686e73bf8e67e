package dk.samspil.pipeline.internal.procurement;

import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.FieldChange;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.ProcurementDetails;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of an entry, field by field, as the public history shows it, and whether a
 * subscriber should hear about it.
 */
public final class ProcurementDiff {

    /** Fields whose change is material: subscribers are told. Status changes are always material. */
    static final Set<String> MATERIAL = Set.of("expectedPublication", "cpvCodes", "lots");

    private ProcurementDiff() {}

    public static List<FieldChange> between(ProcurementDetails a, ProcurementDetails b) {
        Map<String, String> before = fields(a);
        Map<String, String> after = fields(b);
        List<FieldChange> changes = new ArrayList<>();
        for (String name : before.keySet()) {
            String from = before.get(name);
            String to = after.get(name);
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(name, from, to));
            }
        }
        return changes;
    }

    /**
     * An entry's fields as the change log keeps them ({@code null} for none), in the order the history shows them;
     * the audit log keeps the same text, so {@link dk.samspil.pipeline.EntryPresenter} reads both.
     */
    public static Map<String, String> fields(ProcurementDetails d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", emptyToNull(d.title()));
        fields.put("description", emptyToNull(d.description()));
        fields.put(
                "buyingUnit", d.buyingUnitId() == null ? null : d.buyingUnitId().toString());
        fields.put("contactName", emptyToNull(d.contactName()));
        fields.put("contactEmail", emptyToNull(d.contactEmail()));
        fields.put("contactPhone", emptyToNull(d.contactPhone()));
        fields.put("cpvCodes", emptyToNull(String.join(", ", d.cpvCodes())));
        fields.put("nutsCode", emptyToNull(d.nutsCode()));
        fields.put("contractType", name(d.contractType()));
        fields.put("value", value(d.value()));
        fields.put("procedure", name(d.procedure()));
        fields.put(
                "expectedPublication",
                d.expectedPublication() == null ? null : d.expectedPublication().code());
        fields.put(
                "contractStart",
                d.contractStart() == null ? null : d.contractStart().toString());
        fields.put(
                "durationMonths",
                d.durationMonths() == null ? null : d.durationMonths().toString());
        fields.put("optionsDescription", emptyToNull(d.optionsDescription()));
        fields.put("smeSuitable", Boolean.toString(d.smeSuitable()));
        fields.put("consortiaOpen", Boolean.toString(d.consortiaOpen()));
        fields.put("innovationWanted", Boolean.toString(d.innovationWanted()));
        fields.put("marketDialoguePlanned", Boolean.toString(d.marketDialoguePlanned()));
        fields.put("sustainabilityClauses", Boolean.toString(d.sustainabilityClauses()));
        fields.put("socialClauses", Boolean.toString(d.socialClauses()));
        fields.put("lots", emptyToNull(lots(d.lots())));
        return fields;
    }

    public static boolean isMaterial(List<FieldChange> changes, ProcurementDetails before, ProcurementDetails after) {
        return changes.stream().anyMatch(c -> MATERIAL.contains(c.field()))
                || before.value().band() != after.value().band();
    }

    private static String value(EstimatedValue value) {
        if (value == null || !value.known()) {
            return null;
        }
        return value.kind() == EstimatedValue.Kind.EXACT
                ? plain(value.min())
                : plain(value.min()) + "-" + plain(value.max());
    }

    private static String lots(List<Lot> lots) {
        return lots.stream()
                .map(l -> l.number() + ". " + l.title() + (l.cpvCode() == null ? "" : " (" + l.cpvCode() + ")")
                        + (l.valueDkk() == null ? "" : " " + plain(l.valueDkk())) + (l.smeSuitable() ? " [SME]" : ""))
                .reduce((x, y) -> x + "; " + y)
                .orElse(null);
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
