package dk.samspil.engagement.internal.interest;

import dk.samspil.pipeline.EntryPageContribution;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.platform.PageFragment;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The "Tilkendegiv interesse" button on a public entry's page, unless the entry was awarded or cancelled. */
@Component
@Order(20)
class InterestAction implements EntryPageContribution {

    @Override
    public Place place() {
        return Place.PUBLIC_ACTIONS;
    }

    @Override
    public Optional<PageFragment> forEntry(PlannedProcurement entry) {
        if (entry.status() == ProcurementStatus.AWARDED || entry.status() == ProcurementStatus.CANCELLED) {
            return Optional.empty();
        }
        return Optional.of(new PageFragment("engagement/interest/entry", "action", entry.reference()));
    }
}
