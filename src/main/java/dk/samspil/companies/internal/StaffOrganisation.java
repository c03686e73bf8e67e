package dk.samspil.companies.internal;

import dk.samspil.platform.Roles;
import java.util.Collection;
import java.util.Optional;

/**
 * The three organisations that share knowledge about companies. A user belongs to the one their roles say: case
 * workers to the municipality, job-centre staff to the job centre, consultants and management to the business centre.
 * Administrators and procurement officers belong to none: they read the register but no notes.
 */
enum StaffOrganisation {
    BUSINESS_CENTRE,
    MUNICIPALITY,
    JOB_CENTRE;

    static Optional<StaffOrganisation> of(Collection<String> roles) {
        if (roles.contains(Roles.CONSULTANT) || roles.contains(Roles.MANAGEMENT)) {
            return Optional.of(BUSINESS_CENTRE);
        }
        if (roles.contains(Roles.CASEWORKER)) {
            return Optional.of(MUNICIPALITY);
        }
        if (roles.contains(Roles.JOBCENTER)) {
            return Optional.of(JOB_CENTRE);
        }
        return Optional.empty();
    }
}
