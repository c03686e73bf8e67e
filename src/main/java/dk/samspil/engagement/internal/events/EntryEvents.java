package dk.samspil.engagement.internal.events;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * For the pipeline's entry page: its upcoming events, reached from the template as
 * {@code ${@entryEvents.forReference(p.reference)}}, so the pipeline does not depend on engagement in Java.
 */
@Component("entryEvents")
public class EntryEvents {

    /** What the entry page shows of one event. */
    public record Item(long id, String title, String type, Instant startsAt) {
    }

    private final EventCatalog catalog;

    EntryEvents(EventCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Item> forReference(String reference) {
        return catalog.upcomingFor(reference).stream()
                .map(e -> new Item(e.id(), e.details().title(), e.details().type().name(), e.details().startsAt()))
                .toList();
    }
}
