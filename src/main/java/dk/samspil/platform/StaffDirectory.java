package dk.samspil.platform;

import java.util.List;

/** Who the staff are, for modules that write to everyone in a role (the identity module answers). */
public interface StaffDirectory {

    /** The e-mail addresses of the active staff users who have the role ({@link Roles}), sorted. */
    List<String> activeEmailsWithRole(String role);
}
