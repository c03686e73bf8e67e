package dk.samspil.engagement;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A market dialogue, workshop, information meeting or dialogue slots were announced.
 *
 * @param type                  {@code MARKET_DIALOGUE}, {@code OPI_WORKSHOP}, {@code INFORMATION_MEETING} or
 *                              {@code DIALOGUE_SLOTS}
 * @param procurementReferences linked entries; may be empty when the event is about a theme
 * @param place                 the address; {@code null} for a meeting held online only (its link goes to
 *                              registrants with a seat, never into an announcement)
 * @param theme                 e.g. "Plejehjem"; may be {@code null}
 * @param url                   absolute link to the public event page
 */
public record EngagementEventAnnounced(
        long eventId,
        String type,
        String title,
        String description,
        OffsetDateTime startsAt,
        @Nullable String place,
        List<String> procurementReferences,
        @Nullable String theme,
        String url) {

    public EngagementEventAnnounced {
        procurementReferences = procurementReferences == null ? List.of() : List.copyOf(procurementReferences);
    }
}
