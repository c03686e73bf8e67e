package dk.samspil.tendernews.internal;

import org.jspecify.annotations.Nullable;

/**
 * Organisation numbers as notices write them ({@code DK29189919}, {@code 29 18 99 19}, {@code 29189919}) compared by
 * their digits only.
 */
final class OrgNumbers {

    private OrgNumbers() {}

    static String digits(@Nullable String orgNumber) {
        return orgNumber == null ? "" : orgNumber.replaceAll("[^0-9]", "");
    }

    static boolean same(@Nullable String a, @Nullable String b) {
        String x = digits(a);
        return !x.isEmpty() && x.equals(digits(b));
    }
}
