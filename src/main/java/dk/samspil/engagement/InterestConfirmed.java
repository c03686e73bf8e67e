package dk.samspil.engagement;

/**
 * A company confirmed its interest in a published entry; it follows the entry from now on.
 *
 * @param language {@code da} or {@code en}
 */
public record InterestConfirmed(
        long interestId,
        String procurementReference,
        String email,
        String contactName,
        String companyCvr,
        String language) {}
