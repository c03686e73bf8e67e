package dk.samspil.alerts.internal;

import dk.samspil.pipeline.EntryPageContribution;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.platform.PageFragment;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The "Følg dette indkøb" button on every public entry's page, the first of its actions. */
@Component
@Order(10)
class FollowAction implements EntryPageContribution {

    @Override
    public Place place() {
        return Place.PUBLIC_ACTIONS;
    }

    @Override
    public Optional<PageFragment> forEntry(PlannedProcurement entry) {
        return Optional.of(new PageFragment("alerts/entry", "follow", entry.reference()));
    }
}
