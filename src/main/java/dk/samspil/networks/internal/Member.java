package dk.samspil.networks.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member of a network: a company (by CVR number) or an organisation, with its contact person. */
record Member(
        long id,
        long networkId,
        Kind kind,
        @Nullable String cvr,
        String name,
        @Nullable String contactName,
        @Nullable String contactEmail,
        Role role,
        LocalDate joinedOn,
        @Nullable LocalDate leftOn) {

    enum Kind {
        COMPANY,
        ORGANISATION
    }

    enum Role {
        CHAIR,
        SECRETARIAT,
        MEMBER
    }

    /** A member on this day: joined, and not yet left. */
    boolean activeOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }
}
