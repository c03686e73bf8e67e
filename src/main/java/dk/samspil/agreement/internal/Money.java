package dk.samspil.agreement.internal;

import dk.samspil.platform.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Amounts are kept in øre; input is kroner as people write them, display is kroner in Danish format. */
final class Money {

    /** A hundred billion kroner: more than any agreement, less than a long in øre can hold. */
    static final BigDecimal MAX_KRONER = new BigDecimal("100000000000");

    private Money() {}

    /** Øre from the kroner text, or empty when it is no amount, negative, too large or has more than two decimals. */
    static Optional<Long> ore(@Nullable String kroner) {
        return Numbers.amount(kroner)
                .filter(v -> v.signum() >= 0
                        && v.compareTo(MAX_KRONER) <= 0
                        && v.stripTrailingZeros().scale() <= 2)
                .map(v -> v.movePointRight(2)
                        .setScale(0, RoundingMode.UNNECESSARY)
                        .longValueExact());
    }

    static BigDecimal kroner(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }
}
