package dk.samspil.platform;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one number parser for input: forms, JSON bodies and imported cells. Precision and exponent are bounded before
 * anything is built, so {@code 1E999999999} or a megabyte of digits is refused instead of turning into a gigabyte
 * string ({@link BigDecimal#toPlainString()}) or an endless {@code intValueExact}. A number is accepted with at most
 * {@link #MAX_DIGITS} digits before and {@link #MAX_DECIMALS} after the decimal point; the refusal is
 * {@link #MESSAGE} in Danish.
 */
public final class Numbers {

    /** Message key for a number that cannot be read or is out of bounds; argument 0 is {@link #MAX_DIGITS}. */
    public static final String MESSAGE = "validation.number";
    /** Message key for a whole number that is not one. */
    public static final String WHOLE_MESSAGE = "validation.wholeNumber";
    /** Digits before the decimal point: a trillion kroner and then some. */
    public static final int MAX_DIGITS = 15;
    /** Digits after the decimal point. */
    public static final int MAX_DECIMALS = 4;

    /** Plain decimal text with an optional short exponent; at most 64 characters are looked at. */
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d{1,40}(\\.\\d{0,20})?|\\.\\d{1,20})([eE][+-]?\\d{1,3})?");

    private static final int MAX_TEXT = 64;
    /**
     * Kroner as people write them: thousands with dots or spaces, a decimal comma, "mio."/"mia." and "kr."/"DKK".
     * The same text is the {@code @Pattern} of amount fields ({@link #AMOUNT_FORMAT}).
     */
    public static final String AMOUNT_FORMAT =
            "(?i)\\s*(?:dkk\\s*)?(\\d{1,3}(?:[. \\u00A0]\\d{3})+|\\d{1,16})(?:,(\\d{1,4}))?"
                    + "\\s*(?:(mio|mia|million(?:er)?|milliard(?:er)?)\\.?)?\\s*(?:kr\\.?|dkk)?\\s*";

    private static final Pattern AMOUNT = Pattern.compile(AMOUNT_FORMAT);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private Numbers() {}

    /**
     * A decimal number written with a point ({@code 1500000}, {@code -2.5}, {@code 1.5e3}), or empty when the text
     * is none or is outside the bounds.
     */
    public static Optional<BigDecimal> decimal(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > MAX_TEXT || !DECIMAL.matcher(s).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s);
        if (value.signum() == 0) {
            return Optional.of(BigDecimal.ZERO);
        }
        return isBounded(value) ? Optional.of(value) : Optional.empty();
    }

    /**
     * An amount in kroner as people write it: {@code 5000000}, {@code 5.000.000}, {@code 5 000 000 kr.},
     * {@code 5000000 kr.}, {@code DKK 5.000.000}, {@code 5 mio.}, {@code 2,5 mio. kr.}, {@code 1,2 mia.}; empty when the
     * text is none, cannot be read ("fem", "5.5") or is outside the bounds.
     */
    public static Optional<BigDecimal> amount(@Nullable String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        java.util.regex.Matcher matcher = AMOUNT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(1).replaceAll("[^0-9]", "");
        BigDecimal value = new BigDecimal(matcher.group(2) == null ? digits : digits + "." + matcher.group(2));
        String unit = matcher.group(3) == null ? "" : matcher.group(3).toLowerCase(java.util.Locale.ROOT);
        if (unit.startsWith("mio") || unit.startsWith("million")) {
            value = value.multiply(MILLION);
        } else if (unit.startsWith("mia") || unit.startsWith("milliard")) {
            value = value.multiply(BILLION);
        }
        value = isWhole(value) ? value.setScale(0, java.math.RoundingMode.UNNECESSARY) : value.stripTrailingZeros();
        return isBounded(value) ? Optional.of(value) : Optional.empty();
    }

    /** A whole number within {@code int}, or empty ({@code 1.5}, {@code 1e400} and {@code 12abc} are not). */
    public static Optional<Integer> wholeNumber(@Nullable String text) {
        return decimal(text)
                .filter(Numbers::isWhole)
                .filter(v -> v.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0)
                .map(BigDecimal::intValue);
    }

    /**
     * Whether a number already read (by Jackson, say) is within the bounds: at most {@link #MAX_DIGITS} digits
     * before the point and {@link #MAX_DECIMALS} after it. Cheap for any value: it looks at precision and scale only.
     */
    public static boolean isBounded(@Nullable BigDecimal value) {
        if (value == null) {
            return true;
        }
        if (value.signum() == 0) {
            return true;
        }
        long scale = value.scale();
        long integerDigits = value.precision() - scale;
        // trailing zeros after the point do not count: 1.50000 has two decimals worth keeping
        long decimals = scale <= 0 ? 0 : Math.max(0, scale - trailingZeros(value, scale));
        return integerDigits <= MAX_DIGITS && decimals <= MAX_DECIMALS;
    }

    /** Whether a bounded value has no fraction. */
    public static boolean isWhole(BigDecimal value) {
        return value.signum() == 0
                || value.scale() <= 0
                || value.stripTrailingZeros().scale() <= 0;
    }

    private static long trailingZeros(BigDecimal value, long scale) {
        if (scale > 64) {
            return 0; // more decimals than any bound: no need to count
        }
        return scale - Math.max(0, value.stripTrailingZeros().scale());
    }
}
