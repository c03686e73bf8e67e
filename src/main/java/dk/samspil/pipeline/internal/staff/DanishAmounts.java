package dk.samspil.pipeline.internal.staff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Whole kroner as Danes write them: {@code 1.500.000}, {@code 1 500 000}, {@code 1500000} or {@code 1.500.000 kr.}. */
final class DanishAmounts {

    static final String FORMAT = "\\d{1,3}(?:[. ]?\\d{3})*(?: ?kr\\.?)?";

    private DanishAmounts() {
    }

    static Optional<BigDecimal> parse(String text) {
        if (text == null || !text.strip().matches(FORMAT)) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[^0-9]", "");
        return digits.length() > 15 ? Optional.empty() : Optional.of(new BigDecimal(digits));
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
