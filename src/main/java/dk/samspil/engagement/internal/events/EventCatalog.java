package dk.samspil.engagement.internal.events;

import dk.samspil.engagement.internal.material.EventMaterialView;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of events: upcoming ones with their seats, past ones with their minutes, one event with its
 * seats, slots and linked entries. Never the online meeting link: that goes to registrants with a seat only.
 */
@Service
class EventCatalog {

    static final int PAST_PAGE_SIZE = 20;

    /** An event as its public page and the list show it. */
    record PublicEvent(
            Event event,
            int seatsLeft,
            boolean open,
            boolean full,
            List<Slot> freeSlots,
            List<PlannedProcurement> entries) {

        public boolean limited() {
            return event.details().capacity() != null;
        }

        /** When registration closes, with its weekday. */
        public String closes() {
            return EventFormats.moment(event.details().registrationCloses());
        }

        public boolean online() {
            return event.details().onlineUrl() != null;
        }
    }

    /** A past event and whether it has published minutes, material or answers. */
    record PastEvent(Event event, boolean hasMaterial) {}

    /** One page of past events; {@code page} counts from 1. */
    record PastPage(List<PastEvent> items, int page, int totalPages, int total) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < totalPages;
        }
    }

    private final EventRepository events;
    private final RegistrationService registrations;
    private final ProcurementService procurements;
    private final EventMaterialView material;
    private final Clock clock;

    EventCatalog(
            EventRepository events,
            RegistrationService registrations,
            ProcurementService procurements,
            EventMaterialView material,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.procurements = procurements;
        this.material = material;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Event> upcomingFor(String reference) {
        return reference == null ? List.of() : events.upcomingFor(reference.strip(), clock.instant());
    }

    /** The upcoming events of the filter, soonest first, with their seats. */
    @Transactional(readOnly = true)
    public List<PublicEvent> upcoming(EventFilter filter) {
        Instant now = clock.instant();
        return events.upcoming(now, filter).stream()
                .map(event -> shown(event, now, false))
                .toList();
    }

    /** The themes to filter the upcoming (or past) events by. */
    @Transactional(readOnly = true)
    public List<String> themes(boolean past) {
        return events.themes(clock.instant(), past);
    }

    /** Events that have ended, latest first; a page beyond the last shows the last. */
    @Transactional(readOnly = true)
    public PastPage past(EventFilter filter, int requestedPage) {
        Instant now = clock.instant();
        int total = events.countPast(now, filter);
        int totalPages = Math.max(1, (total + PAST_PAGE_SIZE - 1) / PAST_PAGE_SIZE);
        int page = Math.min(Math.max(1, requestedPage), totalPages);
        List<Event> found = events.past(now, filter, PAST_PAGE_SIZE, (page - 1) * PAST_PAGE_SIZE);
        Set<Long> withMaterial =
                material.withMaterial(found.stream().map(Event::id).toList());
        return new PastPage(
                found.stream()
                        .map(e -> new PastEvent(e, withMaterial.contains(e.id())))
                        .toList(),
                page,
                totalPages,
                total);
    }

    @Transactional(readOnly = true)
    public Optional<PublicEvent> publicEvent(long id) {
        return events.find(id).filter(Event::isPublic).map(event -> shown(event, clock.instant(), true));
    }

    private PublicEvent shown(Event event, Instant now, boolean withEntries) {
        int left = registrations.seatsLeft(event);
        List<Slot> free = event.hasSlots()
                ? events.slots(event.id()).stream().filter(Slot::free).toList()
                : List.of();
        boolean full = event.hasSlots() ? free.isEmpty() : left == 0;
        List<PlannedProcurement> entries = !withEntries
                ? List.of()
                : event.details().procurementReferences().stream()
                        .flatMap(reference -> procurements
                                .find(reference)
                                .filter(p -> p.status().isPublic())
                                .stream())
                        .toList();
        return new PublicEvent(event, left, event.registrationOpen(now), full, free, entries);
    }
}
