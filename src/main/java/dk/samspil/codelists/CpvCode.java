package dk.samspil.codelists;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A CPV code: exactly eight digits, without the check digit. Whether the code exists in the vocabulary is the
 * {@link CpvCatalogue}'s business, not this type's.
 */
public record CpvCode(String value) implements Comparable<CpvCode> {

    private static final int LENGTH = 8;

    /** Eight digits, optionally followed by a dash and the check digit. */
    private static final Pattern WRITTEN_FORM = Pattern.compile("(\\d{8})(?:-\\d)?");

    private static final int DIVISION_DIGITS = 2;

    public CpvCode {
        if (!isEightDigits(value)) {
            throw new IllegalArgumentException("A CPV code has exactly 8 digits: " + value);
        }
    }

    /**
     * Reads a code as people write it: {@code 45000000} or {@code 45000000-7}, surrounding spaces ignored. The check
     * digit is dropped unvalidated, because it cannot be recomputed reliably from the published codes.
     *
     * @throws IllegalArgumentException if the text is not such a code
     */
    public static CpvCode parse(String text) {
        return tryParse(text)
                .orElseThrow(() ->
                        new IllegalArgumentException("Not a CPV code (8 digits, optionally -check digit): " + text));
    }

    /** Like {@link #parse(String)}, but empty instead of an exception for text that is not a CPV code. */
    public static Optional<CpvCode> tryParse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = WRITTEN_FORM.matcher(text.strip());
        return matcher.matches() ? Optional.of(new CpvCode(matcher.group(1))) : Optional.empty();
    }

    private static boolean isEightDigits(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** How many leading digits carry meaning: 2 for a division (even {@code 03000000}), up to 8. */
    public int significantDigits() {
        int last = value.length() - 1;
        while (last >= DIVISION_DIGITS && value.charAt(last) == '0') {
            last--;
        }
        return last + 1;
    }

    public CpvLevel level() {
        return CpvLevel.ofSignificantDigits(significantDigits());
    }

    /** True when {@code other} is this code or lies below it in the hierarchy. */
    public boolean covers(CpvCode other) {
        return other.value.startsWith(value.substring(0, significantDigits()));
    }

    /**
     * The code one step up: this code with its last significant digit zeroed; empty for a division. The result
     * need not exist in the vocabulary (see {@link CpvCatalogue#parent(CpvCode)}).
     */
    public Optional<CpvCode> oneLevelUp() {
        int digits = significantDigits();
        if (digits == DIVISION_DIGITS) {
            return Optional.empty();
        }
        StringBuilder up = new StringBuilder(value);
        up.setCharAt(digits - 1, '0');
        return Optional.of(new CpvCode(up.toString()));
    }

    @Override
    public int compareTo(CpvCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
