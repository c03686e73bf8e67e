package dk.samspil.organisation;

/**
 * The municipality running this Samspil. Only {@code name} is always present.
 *
 * @param municipalityCode the three-digit Danish municipality code, e.g. {@code 330}
 * @param nutsCode         NUTS region used in notices and OCDS, e.g. {@code DK022}
 * @param ocidPrefix       the OCDS prefix registered with the Open Contracting Partnership, e.g. {@code ocds-abc123}
 */
public record Municipality(String name, String municipalityCode, String cvr, String address, String postalCode,
                           String city, String nutsCode, String logoUrl, String ocidPrefix, String contactEmail,
                           String contactPhone, String website) {
}
