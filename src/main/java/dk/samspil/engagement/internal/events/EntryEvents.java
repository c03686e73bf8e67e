package dk.samspil.engagement.internal.events;

import dk.samspil.pipeline.EntryPageContribution;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.platform.PageFragment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A section of a public entry's page: its upcoming events, when it has any; before their published material. */
@Component
@Order(10)
class EntryEvents implements EntryPageContribution {

    /** What the entry page shows of one event. */
    record Item(long id, String title, String type, Instant startsAt, Instant endsAt) {

        public String when() {
            return EventFormats.range(startsAt, endsAt);
        }
    }

    private final EventCatalog catalog;

    EntryEvents(EventCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Place place() {
        return Place.PUBLIC_SECTIONS;
    }

    @Override
    public Optional<PageFragment> forEntry(PlannedProcurement entry) {
        List<Item> items = catalog.upcomingFor(entry.reference()).stream()
                .map(e -> new Item(
                        e.id(),
                        e.details().title(),
                        e.details().type().name(),
                        e.details().startsAt(),
                        e.details().endsAt()))
                .toList();
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(new PageFragment("engagement/events/public/fragments", "entryEvents", items));
    }
}
