package dk.samspil.networks.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A member of a network: a company (by CVR number) or an organisation, with its contact persons. */
record Member(
        long id,
        long networkId,
        Kind kind,
        @Nullable String cvr,
        String name,
        List<Contact> contacts,
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

    /** A contact person of a member: invited to meetings and on the members' list while the member is active. */
    record Contact(long id, long memberId, String name, String email) {}

    /** A member on this day: joined, and not yet left (the leaving day is the first day outside the network). */
    boolean activeOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }

    /** Has a leaving date, today or earlier: no longer in the network. */
    boolean leftBy(LocalDate day) {
        return leftOn != null && !leftOn.isAfter(day);
    }

    /** The first contact person's name, for the API's single contact fields. */
    @Nullable
    String contactName() {
        return contacts.isEmpty() ? null : contacts.get(0).name();
    }

    @Nullable
    String contactEmail() {
        return contacts.isEmpty() ? null : contacts.get(0).email();
    }

    Member withContacts(List<Contact> all) {
        return new Member(id, networkId, kind, cvr, name, List.copyOf(all), role, joinedOn, leftOn);
    }
}
