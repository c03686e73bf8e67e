package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.Roles;
import java.util.List;

/** The wheel's routes and who uses them: management edits (administrators as management), the others read. */
final class WheelPaths {

    static final String HOME = "/intern/aarshjul";
    static final String FEED = "/intern/aarshjul.ics";
    /** The reader's own feed links: a POST here makes one, {@code /{id}/tilbagekald} revokes one. */
    static final String FEED_LINKS = HOME + "/kalenderlinks";

    static final String NAV = "agreement-wheel";
    static final String[] EDITORS = {Roles.MANAGEMENT, Roles.ADMIN};
    static final String[] READERS = {Roles.MANAGEMENT, Roles.ADMIN, Roles.CONSULTANT, Roles.PROCUREMENT};
    static final List<String> READER_ROLES = List.of(READERS);

    private WheelPaths() {}

    static String year(int year) {
        return HOME + "?aar=" + year;
    }
}
