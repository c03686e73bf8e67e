package dk.samspil.engagement.internal.interest;

import dk.samspil.pipeline.EntryPageContribution;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.platform.PageFragment;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the officers' page of a public entry: the link to the companies that expressed interest. */
@Component
class InterestStaffLink implements EntryPageContribution {

    @Override
    public Place place() {
        return Place.STAFF_LINKS;
    }

    @Override
    public Optional<PageFragment> forEntry(PlannedProcurement entry) {
        return entry.status().isPublic()
                ? Optional.of(new PageFragment("engagement/interest/entry", "staffLink", entry.reference()))
                : Optional.empty();
    }
}
