package dk.samspil.engagement;

/** A company withdrew a confirmed interest in an entry; the follow its confirmation started ends with it. */
public record InterestWithdrawn(long interestId, String procurementReference, String email) {}
