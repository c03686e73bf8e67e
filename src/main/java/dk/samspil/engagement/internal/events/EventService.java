package dk.samspil.engagement.internal.events;

import dk.samspil.engagement.EngagementEventAnnounced;
import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff work on events: create, edit, publish (announced to the alerts module), cancel, slots, attendance. */
@Service
class EventService {

    static final String ENTITY = "EngagementEvent";
    static final int MIN_SLOT_MINUTES = 5;
    static final int MAX_SLOTS = 200;

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventRules rules;
    private final EventMails mails;
    private final EventLinks links;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final EventsProperties properties;
    private final Clock clock;

    EventService(
            EventRepository events,
            RegistrationRepository registrations,
            EventRules rules,
            EventMails mails,
            EventLinks links,
            AuditLog audit,
            ApplicationEventPublisher publisher,
            EventsProperties properties,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.rules = rules;
        this.mails = mails;
        this.links = links;
        this.audit = audit;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Event> all() {
        return events.all();
    }

    @Transactional(readOnly = true)
    public Event get(long id) {
        return events.find(id).orElseThrow(() -> new EventNotFound(id));
    }

    @Transactional(readOnly = true)
    public List<Registration> registrations(long id) {
        return registrations.forEvent(get(id).id());
    }

    @Transactional(readOnly = true)
    public List<Slot> slots(long id) {
        return events.slots(id);
    }

    @Transactional
    public Event create(EventDetails details) {
        EventDetails normalized = normalize(details);
        List<Violation> violations = rules.check(normalized, clock.instant());
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        long id = events.insert(normalized, AuditActor.current().name(), clock.instant());
        audit.created(ENTITY, id, normalized);
        return get(id);
    }

    @Transactional
    public Event update(long id, EventDetails details) {
        Event before = events.lock(id).orElseThrow(() -> new EventNotFound(id));
        if (before.status() == EventStatus.CANCELLED) {
            throw Rejected.conflict("status", "engagement.events.error.cancelled");
        }
        EventDetails normalized = normalize(details);
        List<Violation> violations = new ArrayList<>(rules.check(normalized, clock.instant()));
        int taken = registrations.seatsTaken(id);
        if (normalized.capacity() != null && normalized.capacity() < taken) {
            violations.add(new Violation("capacity", "engagement.events.error.capacity.taken", taken));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        events.update(id, normalized, clock.instant());
        audit.updated(ENTITY, id, before.details(), normalized);
        Event after = get(id);
        if (before.status() == EventStatus.PUBLISHED && changedForRegistrants(before.details(), normalized)) {
            tellRegistrantsOfChange(after);
        }
        return after;
    }

    /** What a registrant's calendar and mails show: title, time and place. */
    private static boolean changedForRegistrants(EventDetails before, EventDetails after) {
        return !Objects.equals(before.title(), after.title())
                || !before.startsAt().equals(after.startsAt())
                || !before.endsAt().equals(after.endsAt())
                || !Objects.equals(before.place(), after.place())
                || !Objects.equals(before.onlineUrl(), after.onlineUrl());
    }

    /**
     * Everyone registered, offered a seat or waiting hears of the change; those with a seat get the calendar entry
     * updated (same UID, higher SEQUENCE).
     */
    private void tellRegistrantsOfChange(Event event) {
        registrations.nextSequenceOfConfirmed(event.id(), clock.instant());
        List<Slot> slots = events.slots(event.id());
        for (Registration registration : registrations.forEvent(event.id())) {
            if (registration.status().active()) {
                mails.eventChanged(event, registration, slot(slots, registration));
            }
        }
    }

    @Transactional
    public Event publish(long id) {
        Event event = events.lock(id).orElseThrow(() -> new EventNotFound(id));
        if (event.status() != EventStatus.DRAFT) {
            throw Rejected.conflict("status", "engagement.events.error.notDraft");
        }
        if (event.hasSlots() && events.slots(id).isEmpty()) {
            throw Rejected.conflict("slots", "engagement.events.error.noSlots");
        }
        events.setStatus(id, EventStatus.PUBLISHED, null, clock.instant());
        audit.updated(ENTITY, id, Map.of("status", event.status()), Map.of("status", EventStatus.PUBLISHED));
        EventDetails d = event.details();
        publisher.publishEvent(new EngagementEventAnnounced(
                id,
                d.type().name(),
                d.title(),
                d.description(),
                d.startsAt().atZone(clock.getZone()).toOffsetDateTime(),
                d.place(),
                d.procurementReferences(),
                d.theme(),
                links.eventUrl(id)));
        return get(id);
    }

    /** Cancels the event and tells everyone registered or waiting, with the reason. */
    @Transactional
    public Event cancel(long id, String reason) {
        Event event = events.lock(id).orElseThrow(() -> new EventNotFound(id));
        if (EventRules.blank(reason) || reason.length() > EventRules.MAX_TEXT) {
            throw new Rejected(List.of(new Violation("reason", "engagement.events.error.reason")));
        }
        if (event.status() == EventStatus.CANCELLED) {
            throw Rejected.conflict("status", "engagement.events.error.cancelled");
        }
        events.setStatus(id, EventStatus.CANCELLED, reason.strip(), clock.instant());
        audit.updated(
                ENTITY,
                id,
                Map.of("status", event.status()),
                Map.of("status", EventStatus.CANCELLED, "cancelReason", reason.strip()));
        Event cancelled = get(id);
        List<Slot> slots = events.slots(id);
        for (Registration registration : registrations.forEvent(id)) {
            if (registration.status().active()) {
                mails.eventCancelled(cancelled, registration, slot(slots, registration));
            }
        }
        return cancelled;
    }

    /** Replaces the slots of a dialogue-slot event by equal slots from its start to its end; only before bookings. */
    @Transactional
    public List<Slot> generateSlots(long id, Integer minutes) {
        Event event = events.lock(id).orElseThrow(() -> new EventNotFound(id));
        if (!event.hasSlots()) {
            throw Rejected.conflict("minutes", "engagement.events.error.slots.type");
        }
        if (event.status() == EventStatus.CANCELLED) {
            throw Rejected.conflict("minutes", "engagement.events.error.cancelled");
        }
        if (events.slots(id).stream().anyMatch(slot -> !slot.free())) {
            throw Rejected.conflict("minutes", "engagement.events.error.slots.booked");
        }
        Duration total =
                Duration.between(event.details().startsAt(), event.details().endsAt());
        if (minutes == null
                || minutes < MIN_SLOT_MINUTES
                || total.toMinutes() / minutes < 1
                || total.toMinutes() / minutes > MAX_SLOTS) {
            throw new Rejected(List.of(
                    new Violation("minutes", "engagement.events.error.slots.minutes", MIN_SLOT_MINUTES, MAX_SLOTS)));
        }
        List<Instant[]> slots = new ArrayList<>();
        Duration length = Duration.ofMinutes(minutes);
        for (Instant start = event.details().startsAt();
                !start.plus(length).isAfter(event.details().endsAt());
                start = start.plus(length)) {
            slots.add(new Instant[] {start, start.plus(length)});
        }
        events.replaceSlots(id, slots);
        audit.updated(ENTITY, id, Map.of(), Map.of("slots", slots.size() + " x " + minutes + " min"));
        return events.slots(id);
    }

    /** Sets attendance for the confirmed registrations of an event: those in {@code present} attended. */
    @Transactional
    public void recordAttendance(long id, Set<Long> present) {
        events.lock(id).orElseThrow(() -> new EventNotFound(id));
        for (Registration registration : registrations.forEvent(id)) {
            if (registration.status() != RegistrationStatus.CONFIRMED) {
                continue;
            }
            boolean attended = present.contains(registration.id());
            if (attended != registration.attended()) {
                registrations.setAttended(registration.id(), attended, clock.instant());
                audit.updated(
                        RegistrationService.ENTITY,
                        registration.id(),
                        Map.of("attended", registration.attended()),
                        Map.of("attended", attended));
            }
        }
    }

    static Slot slot(List<Slot> slots, Registration registration) {
        return registration.slotId() == null
                ? null
                : slots.stream()
                        .filter(s -> s.id() == registration.slotId())
                        .findFirst()
                        .orElse(null);
    }

    /** Trimmed text; no seats for dialogue slots (their slots are the seats); a workshop's default per company. */
    private EventDetails normalize(EventDetails d) {
        List<String> references = d.procurementReferences().stream()
                .filter(r -> r != null && !r.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        Integer perCompany = d.participantsPerCompany();
        if (perCompany == null
                && d.type() == EventType.OPI_WORKSHOP
                && properties.workshopParticipantsPerCompany() > 0) {
            perCompany = properties.workshopParticipantsPerCompany();
        }
        return new EventDetails(
                d.type(),
                strip(d.title()),
                d.description() == null ? "" : d.description().strip(),
                d.startsAt(),
                d.endsAt(),
                strip(d.place()),
                strip(d.onlineUrl()),
                d.type() == EventType.DIALOGUE_SLOTS ? null : d.capacity(),
                perCompany,
                d.registrationDeadline(),
                references,
                strip(d.theme()));
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
