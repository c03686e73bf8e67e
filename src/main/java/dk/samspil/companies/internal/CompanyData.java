package dk.samspil.companies.internal;

import org.jspecify.annotations.Nullable;

/** A company's facts as typed or imported; {@code cvr} is normalised (8 digits). */
record CompanyData(
        String cvr,
        String name,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String municipalityCode,
        @Nullable String industryCode,
        @Nullable String industryText,
        @Nullable String website) {}
