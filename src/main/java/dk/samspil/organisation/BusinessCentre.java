package dk.samspil.organisation;

/** The local business centre that works with the municipality on Samspil. Only {@code name} is always present. */
public record BusinessCentre(String name, String cvr, String address, String postalCode, String city,
                             String contactEmail, String contactPhone, String website) {
}
