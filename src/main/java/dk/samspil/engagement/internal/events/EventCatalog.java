package dk.samspil.engagement.internal.events;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;

/** What the public sees of events: upcoming ones, one event with its seats, slots and linked entries. */
@Service
class EventCatalog {

    /** An event as its public page shows it. */
    record PublicEvent(Event event, int seatsLeft, boolean open, boolean full, List<Slot> freeSlots,
                       List<PlannedProcurement> entries) {

        boolean limited() {
            return event.details().capacity() != null;
        }
    }

    private final EventRepository events;
    private final RegistrationService registrations;
    private final ProcurementService procurements;
    private final Clock clock;

    EventCatalog(EventRepository events, RegistrationService registrations, ProcurementService procurements,
                 Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.procurements = procurements;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Event> upcoming() {
        return events.upcoming(clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Event> upcomingFor(String reference) {
        return reference == null ? List.of() : events.upcomingFor(reference.strip(), clock.instant());
    }

    /** The upcoming events as their public pages show them. */
    @Transactional(readOnly = true)
    public List<PublicEvent> upcomingShown() {
        return events.upcoming(clock.instant()).stream().map(this::shown).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublicEvent> publicEvent(long id) {
        return events.find(id).filter(Event::isPublic).map(this::shown);
    }

    private PublicEvent shown(Event event) {
        int left = registrations.seatsLeft(event);
        List<Slot> free = events.slots(event.id()).stream().filter(Slot::free).toList();
        boolean full = event.hasSlots() ? free.isEmpty() : left == 0;
        List<PlannedProcurement> entries = event.details().procurementReferences().stream()
                .flatMap(reference -> procurements.find(reference).filter(p -> p.status().isPublic()).stream())
                .toList();
        return new PublicEvent(event, left, event.registrationOpen(clock.instant()), full, free, entries);
    }
}
