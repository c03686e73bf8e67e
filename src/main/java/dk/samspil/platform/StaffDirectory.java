package dk.samspil.platform;

import java.util.List;
import java.util.Optional;

/** Who the staff are, for modules that write to everyone in a role or let a user pick a colleague (identity answers). */
public interface StaffDirectory {

    /** An active staff user: the id, the name and the e-mail address they sign in with. */
    record StaffMember(long id, String name, String email) {}

    /** The e-mail addresses of the active staff users who have the role ({@link Roles}), sorted. */
    List<String> activeEmailsWithRole(String role);

    /** Every active staff user, by name. */
    List<StaffMember> active();

    /** The active staff user with this e-mail address (any case), if there is one. */
    default Optional<StaffMember> activeByEmail(String email) {
        return active().stream()
                .filter(member -> member.email().equalsIgnoreCase(email))
                .findFirst();
    }
}
