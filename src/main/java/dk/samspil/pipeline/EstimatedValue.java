package dk.samspil.pipeline;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Estimated contract value in DKK excluding VAT: an exact amount, a range, or not yet known.
 * For an exact amount {@code min == max}.
 */
public record EstimatedValue(
        Kind kind, @Nullable BigDecimal min, @Nullable BigDecimal max) {

    public enum Kind {
        EXACT,
        RANGE,
        UNKNOWN
    }

    public EstimatedValue {
        Objects.requireNonNull(kind);
        if (kind == Kind.UNKNOWN) {
            min = null;
            max = null;
        }
    }

    public static EstimatedValue exact(@Nullable BigDecimal amount) {
        return new EstimatedValue(Kind.EXACT, amount, amount);
    }

    public static EstimatedValue range(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        return new EstimatedValue(Kind.RANGE, min, max);
    }

    public static EstimatedValue unknown() {
        return new EstimatedValue(Kind.UNKNOWN, null, null);
    }

    public boolean known() {
        return kind != Kind.UNKNOWN;
    }

    /** The amount compared with thresholds and bands: the upper end of a range, so nothing is under-estimated. */
    public @Nullable BigDecimal reference() {
        return max;
    }

    public ValueBand band() {
        return ValueBand.of(this);
    }
}
