package dk.samspil.organisation;

import org.jspecify.annotations.Nullable;

/**
 * The municipality running this Samspil. Only {@code name} is always present.
 *
 * @param municipalityCode the three-digit Danish municipality code, e.g. {@code 330}
 * @param nutsCode         NUTS region used in notices and OCDS, e.g. {@code DK022}
 * @param ocidPrefix       the OCDS prefix registered with the Open Contracting Partnership, e.g. {@code ocds-abc123}
 * @param referencePrefix  the first part of the planned procurements' references, e.g. {@code SK} for {@code SK-2027-014}
 */
public record Municipality(
        String name,
        @Nullable String municipalityCode,
        @Nullable String cvr,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String nutsCode,
        @Nullable String logoUrl,
        @Nullable String ocidPrefix,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String website,
        @Nullable String referencePrefix) {}
