package dk.samspil.organisation;

import org.jspecify.annotations.Nullable;

/** A part of the municipality that buys, e.g. a centre or an institution. Inactive units are kept for history. */
public record BuyingUnit(
        long id, String code, String name, @Nullable String contactEmail, boolean active) {}
