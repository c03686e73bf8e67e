package dk.samspil.pipeline;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Coarse value bands for filters and for deciding whether a value change is material (a change within a band is not).
 * A range falls in the band of its upper end.
 */
public enum ValueBand {
    UNKNOWN(null, null),
    UNDER_1M(null, 1_000_000L),
    FROM_1M_TO_5M(1_000_000L, 5_000_000L),
    FROM_5M_TO_20M(5_000_000L, 20_000_000L),
    FROM_20M_TO_50M(20_000_000L, 50_000_000L),
    OVER_50M(50_000_000L, null);

    private final @Nullable Long lowerInclusive;
    private final @Nullable Long upperExclusive;

    ValueBand(@Nullable Long lowerInclusive, @Nullable Long upperExclusive) {
        this.lowerInclusive = lowerInclusive;
        this.upperExclusive = upperExclusive;
    }

    public @Nullable Long lowerInclusive() {
        return lowerInclusive;
    }

    public @Nullable Long upperExclusive() {
        return upperExclusive;
    }

    public static ValueBand of(@Nullable EstimatedValue value) {
        if (value == null || !value.known()) {
            return UNKNOWN;
        }
        BigDecimal amount = value.reference();
        for (ValueBand band : values()) {
            if (band == UNKNOWN) {
                continue;
            }
            boolean aboveLower =
                    band.lowerInclusive == null || amount.compareTo(BigDecimal.valueOf(band.lowerInclusive)) >= 0;
            boolean belowUpper =
                    band.upperExclusive == null || amount.compareTo(BigDecimal.valueOf(band.upperExclusive)) < 0;
            if (aboveLower && belowUpper) {
                return band;
            }
        }
        return UNKNOWN;
    }
}
