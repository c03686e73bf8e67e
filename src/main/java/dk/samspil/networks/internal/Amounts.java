package dk.samspil.networks.internal;

import dk.samspil.platform.Numbers;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Amounts and hours as people type them (100.000 or 2,5), read by the platform number rules. */
final class Amounts {

    static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(100_000_000);
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);

    private Amounts() {}

    /** Zero for nothing typed; refused when unreadable, negative or above the limit. */
    static BigDecimal amount(@Nullable String text, String field, String messageKey) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        BigDecimal value = Numbers.amount(text).orElse(null);
        if (value == null || value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0 || value.scale() > 2) {
            throw new Rejected(new Violation(field, messageKey));
        }
        return value;
    }

    static BigDecimal hours(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        BigDecimal value = Numbers.decimal(text.strip().replace(',', '.')).orElse(null);
        if (value == null || value.signum() < 0 || value.compareTo(MAX_HOURS) > 0 || value.scale() > 2) {
            throw new Rejected(new Violation(field, "networks.expense.hours.range"));
        }
        return value;
    }
}
