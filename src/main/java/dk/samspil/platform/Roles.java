package dk.samspil.platform;

/** The staff roles. Spring Security authorities carry the {@code ROLE_} prefix. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String PROCUREMENT = "PROCUREMENT";
    public static final String CONSULTANT = "CONSULTANT";
    public static final String MANAGEMENT = "MANAGEMENT";
    public static final String CASEWORKER = "CASEWORKER";
    public static final String JOBCENTER = "JOBCENTER";

    /** Not a staff role: held only by the operator's metrics token. */
    /** A staff member of an educational institution: sees the talent bridge's opportunities in its fields. */
    public static final String INSTITUTION = "INSTITUTION";

    public static final String METRICS = "METRICS";

    public static final java.util.List<String> STAFF =
            java.util.List.of(ADMIN, PROCUREMENT, CONSULTANT, MANAGEMENT, CASEWORKER, JOBCENTER, INSTITUTION);

    private Roles() {}
}
