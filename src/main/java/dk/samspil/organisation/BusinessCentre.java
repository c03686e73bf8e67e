package dk.samspil.organisation;

import org.jspecify.annotations.Nullable;

/** The local business centre that works with the municipality on Samspil. Only {@code name} is always present. */
public record BusinessCentre(
        String name,
        @Nullable String cvr,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String website) {}
