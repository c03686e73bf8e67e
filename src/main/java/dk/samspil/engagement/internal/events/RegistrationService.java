package dk.samspil.engagement.internal.events;

import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.MailThrottle;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, cancellation and the waiting list. Every change that can move seats first locks the event's row,
 * so capacity (counted in participants) is never exceeded, however many register at the same moment. The mails
 * that registering and cancelling send go through the platform's {@link MailThrottle}: registering an address and
 * cancelling again in a loop cannot flood its mailbox.
 */
@Service
class RegistrationService {

    static final String ENTITY = "EngagementRegistration";

    /** What happened to a registration request. */
    record Outcome(Event event, Registration registration) {}

    /**
     * A registration with what its personal page needs.
     *
     * @param waitingPosition the place on the waiting list, counting from 1; {@code null} unless waiting
     */
    record View(Event event, Registration registration, Slot slot, boolean offerOpen, Integer waitingPosition) {

        /** The registrant's slot, or the whole event: {@code fredag 8. januar 2027 kl. 13.00–15.30}. */
        public String when() {
            return slot != null ? EventFormats.range(slot.startsAt(), slot.endsAt()) : event.when();
        }

        /** Until when an offered seat can be accepted, with its weekday. */
        public String offerExpires() {
            return registration.offerExpiresAt() == null ? "" : EventFormats.moment(registration.offerExpiresAt());
        }

        /** The online meeting link is for those with a seat, while the event is on. */
        public boolean showsOnlineLink() {
            return event.details().onlineUrl() != null
                    && registration.status() == RegistrationStatus.CONFIRMED
                    && event.status() == EventStatus.PUBLISHED;
        }
    }

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventRules rules;
    private final EventMails mails;
    private final EventsProperties properties;
    private final AuditLog audit;
    private final MailThrottle throttle;
    private final Set<String> sharedDomains;
    private final Clock clock;

    RegistrationService(
            EventRepository events,
            RegistrationRepository registrations,
            EventRules rules,
            EventMails mails,
            EventsProperties properties,
            AuditLog audit,
            MailThrottle throttle,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.rules = rules;
        this.mails = mails;
        this.properties = properties;
        this.audit = audit;
        this.throttle = throttle;
        this.sharedDomains = properties.sharedDomains();
        this.clock = clock;
    }

    /**
     * Confirms a seat when enough are left and nobody is waiting; otherwise puts the registrant on the waiting
     * list when the event is full (or they asked for it), and refuses when only some of their seats are left.
     */
    @Transactional
    public Outcome register(long eventId, RegistrationRequest input) {
        Event event = events.lock(eventId).filter(Event::isPublic).orElseThrow(() -> new EventNotFound(eventId));
        RegistrationRequest request = normalize(input);
        Instant now = clock.instant();
        if (event.status() == EventStatus.CANCELLED) {
            throw Rejected.conflict("event", "engagement.events.error.cancelled");
        }
        if (!event.registrationOpen(now)) {
            throw Rejected.conflict("event", "engagement.events.error.closed");
        }
        List<Violation> violations = new ArrayList<>(rules.check(request));
        if (event.hasSlots() && request.slotId() == null) {
            violations.add(new Violation("slotId", "engagement.events.error.slot"));
        }
        if (!event.hasSlots() && request.slotId() != null) {
            violations.add(new Violation("slotId", "engagement.events.error.slot.none"));
        }
        Integer perCompany = event.details().participantsPerCompany();
        if (perCompany != null
                && request.participants() != null
                && request.participants() > perCompany
                && violations.stream().noneMatch(v -> v.field().equals("participants"))) {
            violations.add(new Violation("participants", "engagement.events.error.perCompany", perCompany));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        if (registrations.activeEmail(eventId, request.email())) {
            throw Rejected.conflict("email", "engagement.events.error.duplicate");
        }
        Company company = Company.of(request.cvr(), request.email(), sharedDomains);
        if (perCompany != null) {
            requireRoomForCompany(event, company, request.participants(), perCompany);
        }
        RegistrationStatus status =
                event.hasSlots() ? bookSlot(event, request, company) : seatOrWaitingList(event, request);
        long id = registrations.insert(eventId, request, status, null, now);
        Registration registration = registrations.find(id).orElseThrow();
        AuditActor actor = AuditActor.current().type() == AuditActor.Type.SYSTEM
                ? AuditActor.anonymous(request.email())
                : AuditActor.current();
        audit.record(AuditLog.Action.CREATE, ENTITY, id, AuditLog.diff(null, registration.auditState()), actor);
        if (!throttle.tryAcquire("engagement.event.registration:" + eventId, registration.email())) {
            return new Outcome(event, registration);
        }
        if (status == RegistrationStatus.CONFIRMED) {
            mails.confirmed(event, registration, EventService.slot(events.slots(eventId), registration));
        } else {
            mails.waiting(event, registration, registrations.waitingPosition(eventId, id));
        }
        return new Outcome(event, registration);
    }

    @Transactional(readOnly = true)
    public View view(long registrationId) {
        Registration registration =
                registrations.find(registrationId).orElseThrow(() -> new EventNotFound(registrationId));
        Event event = events.find(registration.eventId()).orElseThrow();
        return view(event, registration);
    }

    /** Cancels a registration (or a place on the waiting list) and offers the freed seats to the waiting list. */
    @Transactional
    public View cancel(long registrationId) {
        Registration registration =
                registrations.find(registrationId).orElseThrow(() -> new EventNotFound(registrationId));
        Event event = events.lock(registration.eventId()).orElseThrow();
        registration = registrations.find(registrationId).orElseThrow();
        if (!registration.status().active()) {
            return view(event, registration);
        }
        Slot slot = EventService.slot(events.slots(event.id()), registration);
        boolean heldSeat = registration.status() != RegistrationStatus.WAITING;
        registrations.setStatus(registrationId, RegistrationStatus.CANCELLED, null, clock.instant());
        Registration cancelled = registrations.find(registrationId).orElseThrow();
        audit.record(
                AuditLog.Action.UPDATE,
                ENTITY,
                registrationId,
                AuditLog.diff(registration.auditState(), cancelled.auditState()),
                AuditActor.anonymous(registration.email()));
        if (throttle.tryAcquire("engagement.event.cancellation:" + event.id(), cancelled.email())) {
            mails.cancelled(event, cancelled, slot, heldSeat);
        }
        promote(event);
        return view(event, cancelled);
    }

    /** Accepts a seat offered from the waiting list, before the offer's deadline. */
    @Transactional
    public View accept(long registrationId) {
        Registration registration =
                registrations.find(registrationId).orElseThrow(() -> new EventNotFound(registrationId));
        Event event = events.lock(registration.eventId()).orElseThrow();
        registration = registrations.find(registrationId).orElseThrow();
        if (registration.status() != RegistrationStatus.OFFERED
                || !clock.instant().isBefore(registration.offerExpiresAt())
                || event.status() != EventStatus.PUBLISHED) {
            throw Rejected.conflict("offer", "engagement.events.error.offer");
        }
        registrations.setStatus(registrationId, RegistrationStatus.CONFIRMED, null, clock.instant());
        Registration confirmed = registrations.find(registrationId).orElseThrow();
        audit.record(
                AuditLog.Action.UPDATE,
                ENTITY,
                registrationId,
                AuditLog.diff(registration.auditState(), confirmed.auditState()),
                AuditActor.anonymous(registration.email()));
        mails.confirmed(event, confirmed, null);
        return view(event, confirmed);
    }

    /** Offers that ran out go back, and their seats go to the next on the waiting list; one event per transaction. */
    @Transactional
    public int expireOffers(long eventId) {
        Event event = events.lock(eventId).orElseThrow(() -> new EventNotFound(eventId));
        Instant now = clock.instant();
        List<Registration> expired = registrations.expiredOffers(eventId, now);
        for (Registration registration : expired) {
            registrations.setStatus(registration.id(), RegistrationStatus.EXPIRED, null, now);
            audit.updated(
                    ENTITY,
                    registration.id(),
                    Map.of("status", registration.status()),
                    Map.of("status", RegistrationStatus.EXPIRED));
            mails.offerExpired(event, registration);
        }
        promote(event);
        return expired.size();
    }

    @Transactional(readOnly = true)
    public List<Long> eventsWithExpiredOffers() {
        return registrations.eventsWithExpiredOffers(clock.instant());
    }

    /** Sends due reminders once: claimed rows are skipped by other instances and marked in the same transaction. */
    @Transactional
    public int sendReminders(int limit) {
        Instant now = clock.instant();
        List<Registration> due = registrations.claimDueReminders(now, now.plus(properties.reminderBefore()), limit);
        for (Registration registration : due) {
            Event event = events.find(registration.eventId()).orElseThrow();
            mails.reminder(event, registration, EventService.slot(events.slots(event.id()), registration));
            registrations.markReminded(registration.id(), now);
        }
        return due.size();
    }

    /** Deletes registrations once their event ended longer ago than the retention period. */
    @Transactional
    public int deleteExpiredPersonalData() {
        List<Registration> deleted =
                registrations.deleteEndedBefore(clock.instant().minus(properties.registrationRetention()));
        for (Registration registration : deleted) {
            audit.record(
                    AuditLog.Action.DELETE,
                    ENTITY,
                    registration.id(),
                    AuditLog.diff(Map.of("eventId", registration.eventId(), "status", registration.status()), null),
                    AuditActor.system());
        }
        return deleted.size();
    }

    /** Offers freed seats to the waiting list in order, as long as the first in line fits. */
    private void promote(Event event) {
        Instant now = clock.instant();
        if (event.status() != EventStatus.PUBLISHED
                || !now.isBefore(event.details().startsAt())
                || event.hasSlots()) {
            return;
        }
        while (true) {
            int left = seatsLeft(event);
            Optional<Registration> next = registrations.firstWaiting(event.id());
            if (next.isEmpty() || next.get().participants() > left) {
                return;
            }
            Instant deadline = now.plus(properties.offerValidity());
            if (deadline.isAfter(event.details().startsAt())) {
                deadline = event.details().startsAt();
            }
            Registration waiting = next.get();
            registrations.setStatus(waiting.id(), RegistrationStatus.OFFERED, deadline, now);
            Registration offered = registrations.find(waiting.id()).orElseThrow();
            audit.updated(ENTITY, waiting.id(), waiting.auditState(), offered.auditState());
            mails.offered(event, offered);
        }
    }

    private RegistrationStatus seatOrWaitingList(Event event, RegistrationRequest request) {
        int left = seatsLeft(event);
        boolean queue = registrations.hasWaitingList(event.id());
        if (!queue && request.participants() <= left) {
            return RegistrationStatus.CONFIRMED;
        }
        if (left == 0 || queue || request.joinWaitingList()) {
            return RegistrationStatus.WAITING;
        }
        throw Rejected.conflict("participants", "engagement.events.error.tooMany", left);
    }

    /**
     * The company's registrations so far (seats and waiting list) and this one together stay within the event's
     * participants per company.
     */
    private void requireRoomForCompany(Event event, Company company, int participants, int perCompany) {
        int already = registrations.companyParticipants(event.id(), company);
        if (already + participants > perCompany) {
            int room = Math.max(0, perCompany - already);
            throw room == 0
                    ? Rejected.conflict("participants", "engagement.events.error.perCompany.full", perCompany, already)
                    : Rejected.conflict(
                            "participants", "engagement.events.error.perCompany.room", perCompany, already, room);
        }
    }

    /** A slot of this event only; one slot per company (see {@link Company}). */
    private RegistrationStatus bookSlot(Event event, RegistrationRequest request, Company company) {
        Slot slot = events.slots(event.id()).stream()
                .filter(s -> s.id() == request.slotId())
                .findFirst()
                .orElseThrow(
                        () -> new Rejected(List.of(new Violation("slotId", "engagement.events.error.slot.unknown"))));
        if (!slot.free()) {
            throw Rejected.conflict("slotId", "engagement.events.error.slot.taken");
        }
        if (registrations.companyParticipants(event.id(), company) > 0) {
            throw Rejected.conflict(company.cvr() != null ? "cvr" : "email", "engagement.events.error.slot.company");
        }
        return RegistrationStatus.CONFIRMED;
    }

    int seatsLeft(Event event) {
        Integer capacity = event.details().capacity();
        return capacity == null ? Integer.MAX_VALUE : Math.max(0, capacity - registrations.seatsTaken(event.id()));
    }

    private View view(Event event, Registration registration) {
        boolean offerOpen = registration.status() == RegistrationStatus.OFFERED
                && clock.instant().isBefore(registration.offerExpiresAt());
        Integer position = registration.status() == RegistrationStatus.WAITING
                ? registrations.waitingPosition(event.id(), registration.id())
                : null;
        return new View(
                event, registration, EventService.slot(events.slots(event.id()), registration), offerOpen, position);
    }

    private static RegistrationRequest normalize(RegistrationRequest r) {
        String cvr = EventService.strip(r.cvr());
        return new RegistrationRequest(
                EventService.strip(r.name()),
                EventService.strip(r.company()),
                Cvr.normalize(cvr),
                r.email() == null ? null : r.email().strip().toLowerCase(Locale.ROOT),
                r.participants(),
                r.needs() == null ? "" : r.needs().strip(),
                r.slotId(),
                r.joinWaitingList(),
                RegistrationRequest.language(r.language()));
    }
}
