package dk.samspil.pipeline.internal.staff;

import dk.samspil.platform.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Kroner as Danes write them ({@code 1.500.000}, {@code 1 500 000}, {@code 1500000 kr.}, {@code 5 mio.}), read by the
 * platform's one amount parser ({@link Numbers#amount}); whole kroner are checked by the rules.
 */
final class DanishAmounts {

    static final String FORMAT = Numbers.AMOUNT_FORMAT;

    private DanishAmounts() {}

    static Optional<BigDecimal> parse(String text) {
        return Numbers.amount(text);
    }

    /** {@code 1.500.000}: the form shows stored amounts the way they are typed. */
    static String format(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        String plain = amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.toString();
    }
}
