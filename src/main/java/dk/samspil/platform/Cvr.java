package dk.samspil.platform;

import org.jspecify.annotations.Nullable;

/**
 * A Danish CVR number: 8 digits, the first not 0, passing the modulus-11 check with weights 2, 7, 6, 5, 4, 3, 2, 1.
 * Use {@link #isValid(String)} to test text and {@link ValidCvr} on form fields.
 */
public record Cvr(String value) {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    public Cvr {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid CVR number: " + value);
        }
    }

    public static boolean isValid(@Nullable String text) {
        if (text == null || text.length() != WEIGHTS.length || text.charAt(0) == '0') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            char digit = text.charAt(i);
            if (digit < '0' || digit > '9') {
                return false;
            }
            sum += (digit - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
