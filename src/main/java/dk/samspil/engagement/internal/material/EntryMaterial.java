package dk.samspil.engagement.internal.material;

import dk.samspil.pipeline.EntryPageContribution;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.platform.PageFragment;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A section of a public entry's page: the minutes, material and answers of every public event linked to it, so
 * every company gets the same information; after the entry's upcoming events.
 */
@Component
@Order(20)
class EntryMaterial implements EntryPageContribution {

    private final EventMaterialView view;

    EntryMaterial(EventMaterialView view) {
        this.view = view;
    }

    @Override
    public Place place() {
        return Place.PUBLIC_SECTIONS;
    }

    @Override
    public Optional<PageFragment> forEntry(PlannedProcurement entry) {
        List<EventMaterial> events = view.forEntry(entry.reference());
        return events.isEmpty()
                ? Optional.empty()
                : Optional.of(new PageFragment("engagement/material", "entryMaterial", events));
    }
}
