package dk.samspil.alerts.internal.delivery;

import dk.samspil.alerts.internal.matching.MatchTarget;
import dk.samspil.engagement.EngagementEventAnnounced;
import dk.samspil.engagement.EventMaterialPublished;
import dk.samspil.pipeline.FieldChange;
import dk.samspil.pipeline.ProcurementChanged;
import dk.samspil.pipeline.ProcurementPublished;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementSnapshot;
import dk.samspil.pipeline.ProcurementStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * News from the pipeline and engagement modules. Each handler runs after the publishing transaction committed, in
 * its own transaction; the event publication registry keeps the event until the handler succeeded, so a crash in
 * between is made good by resubmitting it.
 */
@Component
class DeliveryListeners {

    private final AlertDeliveries deliveries;
    private final ProcurementService procurements;

    DeliveryListeners(AlertDeliveries deliveries, ProcurementService procurements) {
        this.deliveries = deliveries;
        this.procurements = procurements;
    }

    @ApplicationModuleListener
    void on(ProcurementPublished event) {
        ProcurementSnapshot entry = event.procurement();
        deliveries.deliver(
                News.ofEntry(AlertKind.NEW_ENTRY, changeKey(entry), entry, Happening.of(AlertKind.NEW_ENTRY)));
    }

    @ApplicationModuleListener
    void on(ProcurementChanged event) {
        if (!event.material()) {
            return;
        }
        ProcurementSnapshot entry = event.procurement();
        boolean tenderPublished = event.is(ProcurementChanged.Kind.TENDER_PUBLISHED)
                && entry.status() == ProcurementStatus.TENDER_PUBLISHED;
        AlertKind kind = tenderPublished ? AlertKind.TENDER_PUBLISHED : AlertKind.MATERIAL_CHANGE;
        List<FieldChange> changes = tenderPublished ? List.of() : event.changes();
        deliveries.deliver(News.ofEntry(
                kind, changeKey(entry), entry, new Happening(kind, changes, event.reason(), null, null, null)));
    }

    @ApplicationModuleListener
    void on(EngagementEventAnnounced event) {
        Map<String, EntryState> entries = new LinkedHashMap<>();
        Set<String> cpvCodes = new LinkedHashSet<>();
        for (String reference : event.procurementReferences()) {
            procurements.find(reference).filter(p -> p.status().isPublic()).ifPresent(p -> {
                entries.put(p.reference(), EntryState.of(p));
                cpvCodes.addAll(p.details().cpvCodes());
            });
        }
        List<String> references = List.copyOf(entries.keySet());
        String description = event.description();
        if (entries.isEmpty()) {
            // an event about a theme only reaches those whose keywords meet its title, description or theme
            if (event.theme() == null || event.theme().isBlank()) {
                return;
            }
            EntryState theme = EntryState.theme(event.theme());
            entries.put(theme.reference(), theme);
            description = (description == null ? "" : description + "\n") + event.theme();
        }
        MatchTarget target = new MatchTarget(
                references, event.title(), description, List.of(), new ArrayList<>(cpvCodes), null, null, null, false);
        Happening happening = new Happening(
                AlertKind.EVENT_ANNOUNCED, List.of(), null, event.title(), event.description(), event.url());
        deliveries.deliver(new News(
                AlertKind.EVENT_ANNOUNCED, ChangeKey.event(event.eventId()), target, entries, happening, false));
    }

    @ApplicationModuleListener
    void on(EventMaterialPublished event) {
        Map<String, EntryState> entries = new LinkedHashMap<>();
        for (String reference : event.procurementReferences()) {
            procurements
                    .find(reference)
                    .filter(p -> p.status().isPublic())
                    .ifPresent(p -> entries.put(p.reference(), EntryState.of(p)));
        }
        if (entries.isEmpty()) {
            return;
        }
        MatchTarget target = new MatchTarget(
                List.copyOf(entries.keySet()),
                event.title(),
                event.summary(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                false);
        Happening happening = new Happening(
                AlertKind.EVENT_ANNOUNCED,
                List.of(),
                null,
                event.eventTitle() + ": " + event.title(),
                event.summary(),
                event.url());
        deliveries.deliver(new News(
                AlertKind.EVENT_ANNOUNCED, ChangeKey.material(event.materialId()), target, entries, happening, true));
    }

    private static ChangeKey changeKey(ProcurementSnapshot entry) {
        return ChangeKey.change(entry.changeId());
    }
}
