package dk.samspil.companies.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who may read a note: always the business centre, and the municipality's case workers and the job centre by choice. */
enum Sharing {
    SEC(EnumSet.of(StaffOrganisation.BUSINESS_CENTRE)),
    SEC_MUNICIPALITY(EnumSet.of(StaffOrganisation.BUSINESS_CENTRE, StaffOrganisation.MUNICIPALITY)),
    SEC_JOBCENTER(EnumSet.of(StaffOrganisation.BUSINESS_CENTRE, StaffOrganisation.JOB_CENTRE)),
    ALL(EnumSet.allOf(StaffOrganisation.class));

    private final Set<StaffOrganisation> readers;

    Sharing(Set<StaffOrganisation> readers) {
        this.readers = readers;
    }

    boolean readableBy(StaffOrganisation organisation) {
        return readers.contains(organisation);
    }

    /** The choices an author has: every sharing that includes the author's own organisation. */
    static List<Sharing> choicesFor(StaffOrganisation author) {
        return java.util.Arrays.stream(values())
                .filter(s -> s.readableBy(author))
                .toList();
    }
}
