package dk.samspil.pipeline.internal.procurement;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.NutsCatalogue;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.platform.DateLimits;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.Numbers;
import dk.samspil.platform.TextInput;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The pipeline's own rules beyond field syntax: known CPV and NUTS codes, sensible values and dates, unique lots.
 * Forms, the API and the import all go through these, so they agree on what is valid.
 */
@Component
public class ProcurementRules {

    static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_TEXT = 200;
    static final int MAX_CPV = 20;
    static final int MAX_LOTS = 50;
    static final BigDecimal MAX_VALUE = new BigDecimal("999999999999");

    private final CpvCatalogue cpv;
    private final NutsCatalogue nuts;
    private final Clock clock;

    ProcurementRules(CpvCatalogue cpv, NutsCatalogue nuts, Clock clock) {
        this.cpv = cpv;
        this.nuts = nuts;
        this.clock = clock;
    }

    public List<Violation> checkReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return List.of(new Violation("reference", "pipeline.error.reference.required"));
        }
        if (!REFERENCE.matcher(reference.trim()).matches()) {
            return List.of(new Violation("reference", "pipeline.error.reference.format"));
        }
        return List.of();
    }

    /**
     * @param newEntry a new entry may not expect its tender in the past; an existing one may (it is late, not wrong)
     */
    public List<Violation> check(ProcurementDetails details, boolean newEntry) {
        List<Violation> violations = new ArrayList<>();
        text(violations, "title", details.title(), 3, MAX_TITLE, true);
        singleLine(violations, "title", details.title());
        text(violations, "description", details.description(), 0, MAX_DESCRIPTION, false);
        text(violations, "contactName", details.contactName(), 0, MAX_TEXT, false);
        singleLine(violations, "contactName", details.contactName());
        text(violations, "contactPhone", details.contactPhone(), 0, 40, false);
        singleLine(violations, "contactPhone", details.contactPhone());
        text(violations, "optionsDescription", details.optionsDescription(), 0, 2_000, false);
        if (details.contactEmail() != null
                && !details.contactEmail().isBlank()
                && !EmailAddresses.isValid(details.contactEmail().strip())) {
            violations.add(new Violation("contactEmail", "pipeline.error.email"));
        }
        cpvCodes(violations, details.cpvCodes());
        if (details.nutsCode() != null
                && !details.nutsCode().isBlank()
                && !nuts.isValid(details.nutsCode().trim())) {
            violations.add(new Violation("nutsCode", "pipeline.error.nuts.unknown", details.nutsCode()));
        }
        if (details.contractType() == null) {
            violations.add(new Violation("contractType", "pipeline.error.contractType.required"));
        }
        if (details.procedure() == null) {
            violations.add(new Violation("procedure", "pipeline.error.procedure.required"));
        }
        value(violations, details.value());
        if (details.expectedPublication() == null) {
            violations.add(new Violation("expectedPublication", "pipeline.error.expected.required"));
        } else if (newEntry && details.expectedPublication().to().isBefore(LocalDate.now(clock))) {
            violations.add(new Violation("expectedPublication", "pipeline.error.expected.past"));
        }
        if (!DateLimits.isWithin(details.contractStart())) {
            violations.add(DateLimits.violation("contractStart"));
        }
        if (details.expectedPublication() != null
                && (!DateLimits.isWithin(details.expectedPublication().from())
                        || !DateLimits.isWithin(details.expectedPublication().to()))) {
            violations.add(DateLimits.violation("expectedPublication"));
        }
        if (details.durationMonths() != null && (details.durationMonths() < 1 || details.durationMonths() > 600)) {
            violations.add(new Violation("durationMonths", "pipeline.error.duration"));
        }
        if (details.contractStart() != null
                && details.expectedPublication() != null
                && details.contractStart()
                        .isBefore(details.expectedPublication().from())) {
            violations.add(new Violation("contractStart", "pipeline.error.contractStart.beforeTender"));
        }
        lots(violations, details.lots());
        return violations;
    }

    private void cpvCodes(List<Violation> violations, List<String> codes) {
        if (codes.isEmpty()) {
            violations.add(new Violation("cpvCodes", "pipeline.error.cpv.required"));
            return;
        }
        if (codes.size() > MAX_CPV) {
            violations.add(new Violation("cpvCodes", "pipeline.error.cpv.tooMany", MAX_CPV));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (cpv.find(code).isEmpty()) {
                violations.add(new Violation("cpvCodes", "pipeline.error.cpv.unknown", code));
            } else if (!seen.add(code)) {
                violations.add(new Violation("cpvCodes", "pipeline.error.cpv.duplicate", code));
            }
        }
    }

    private static void value(List<Violation> violations, EstimatedValue value) {
        if (!value.known()) {
            return;
        }
        if (value.min() == null || value.max() == null) {
            violations.add(new Violation("value", "pipeline.error.value.required"));
        } else if (value.min().signum() < 0 || value.max().signum() < 0) {
            violations.add(new Violation("value", "pipeline.error.value.negative"));
        } else if (value.max().compareTo(MAX_VALUE) > 0) {
            violations.add(new Violation("value", "pipeline.error.value.tooLarge"));
        } else if (!Numbers.isWhole(value.min()) || !Numbers.isWhole(value.max())) {
            violations.add(new Violation("value", "pipeline.error.value.whole"));
        } else if (value.min().compareTo(value.max()) > 0) {
            violations.add(new Violation("value", "pipeline.error.value.rangeReversed"));
        }
    }

    private void lots(List<Violation> violations, List<Lot> lots) {
        if (lots.size() > MAX_LOTS) {
            violations.add(new Violation("lots", "pipeline.error.lots.tooMany", MAX_LOTS));
            return;
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < lots.size(); i++) {
            Lot lot = lots.get(i);
            String field = "lots[" + i + "]";
            if (lot.number() < 1 || !numbers.add(lot.number())) {
                violations.add(new Violation(field + ".number", "pipeline.error.lot.number", i + 1));
            }
            if (lot.title() == null || lot.title().isBlank() || lot.title().length() > MAX_TITLE) {
                violations.add(new Violation(field + ".title", "pipeline.error.lot.title", i + 1));
            } else {
                singleLine(violations, field + ".title", lot.title());
            }
            if (lot.cpvCode() != null
                    && !lot.cpvCode().isBlank()
                    && cpv.find(lot.cpvCode()).isEmpty()) {
                violations.add(new Violation(field + ".cpvCode", "pipeline.error.cpv.unknown", lot.cpvCode()));
            }
            if (lot.valueDkk() != null
                    && (lot.valueDkk().signum() < 0
                            || lot.valueDkk().compareTo(MAX_VALUE) > 0
                            || !Numbers.isWhole(lot.valueDkk()))) {
                violations.add(new Violation(field + ".valueDkk", "pipeline.error.lot.value", i + 1));
            }
        }
    }

    /** The platform's single-line rule: titles, names and phone numbers hold no line break. */
    private static void singleLine(List<Violation> violations, String field, String value) {
        if (!TextInput.isSingleLine(value)) {
            violations.add(new Violation(field, TextInput.SINGLE_LINE_MESSAGE));
        }
    }

    private static void text(
            List<Violation> violations, String field, String value, int min, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "pipeline.error." + field + ".required"));
            }
            return;
        }
        if (value.trim().length() < min) {
            violations.add(new Violation(field, "pipeline.error.tooShort", min));
        } else if (value.length() > max) {
            violations.add(new Violation(field, "pipeline.error.tooLong", max));
        }
    }
}
