package dk.samspil.companies.internal;

import org.jspecify.annotations.Nullable;

/** A company in the register, known by its CVR number. */
record Company(
        long id,
        String cvr,
        String name,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String municipalityCode,
        @Nullable String industryCode,
        @Nullable String industryText,
        @Nullable String website) {

    /** Street, postal code and city on one line, leaving out what is not known. */
    public String addressLine() {
        String town = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
        return java.util.stream.Stream.of(address, town)
                .filter(p -> p != null && !p.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
