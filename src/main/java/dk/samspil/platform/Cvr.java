package dk.samspil.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Danish CVR number: 8 digits, the first not 0, passing the modulus-11 check with weights 2, 7, 6, 5, 4, 3, 2, 1.
 * The one parser and validator of CVR numbers: people write them as {@code 29 18 85 48}, {@code 29.18.85.48} or
 * {@code DK29188548}; {@link #normalize(String)} makes that {@code 29188548}, {@link #problem(String)} names the message
 * of what is wrong (the format, or only the check digit), and {@link ValidCvr} does both on form fields.
 */
public record Cvr(String value) {

    /** Message key: not 8 digits. */
    public static final String FORMAT_MESSAGE = "validation.cvr";
    /** Message key: 8 digits whose check digit does not fit, most likely a typing error. */
    public static final String CHECK_DIGIT_MESSAGE = "validation.cvr.checkDigit";

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F.\\-]+");

    /** What is wrong with a written CVR number. */
    public enum Check {
        VALID,
        /** Not 8 digits (or starting with 0). */
        FORMAT,
        /** 8 digits, but the modulus-11 check fails. */
        CHECK_DIGIT
    }

    public Cvr {
        if (!isValid(value) || !value.equals(normalize(value))) {
            throw new IllegalArgumentException("Not a valid CVR number: " + value);
        }
    }

    /** The CVR number written in any accepted way; @throws IllegalArgumentException when it is not valid. */
    public static Cvr parse(String text) {
        String digits = normalize(text);
        if (check(digits) != Check.VALID) {
            throw new IllegalArgumentException("Not a valid CVR number: " + text);
        }
        return new Cvr(digits);
    }

    /**
     * The text without what people put around the digits: spaces (also non-breaking), dots, hyphens and a leading
     * {@code DK}; {@code null} when nothing is left. Whatever else it holds stays, so {@link #check} can refuse it.
     */
    public static @Nullable String normalize(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String cleaned = SEPARATORS.matcher(text).replaceAll("");
        if (cleaned.toUpperCase(Locale.ROOT).startsWith("DK")) {
            cleaned = cleaned.substring(2);
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Whether the text, written in any accepted way, is a valid CVR number, and if not, why. */
    public static Check check(@Nullable String text) {
        String digits = normalize(text);
        if (digits == null || digits.length() != WEIGHTS.length || digits.charAt(0) == '0') {
            return Check.FORMAT;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            char digit = digits.charAt(i);
            if (digit < '0' || digit > '9') {
                return Check.FORMAT;
            }
            sum += (digit - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0 ? Check.VALID : Check.CHECK_DIGIT;
    }

    /** The message key of what is wrong ({@link #FORMAT_MESSAGE}, {@link #CHECK_DIGIT_MESSAGE}); empty when valid. */
    public static Optional<String> problem(@Nullable String text) {
        return switch (check(text)) {
            case VALID -> Optional.empty();
            case FORMAT -> Optional.of(FORMAT_MESSAGE);
            case CHECK_DIGIT -> Optional.of(CHECK_DIGIT_MESSAGE);
        };
    }

    public static boolean isValid(@Nullable String text) {
        return check(text) == Check.VALID;
    }

    @Override
    public String toString() {
        return value;
    }
}
