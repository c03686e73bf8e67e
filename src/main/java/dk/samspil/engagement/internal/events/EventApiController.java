package dk.samspil.engagement.internal.events;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events for other systems: anyone reads the published ones (with seats and free dialogue slots) and registers;
 * staff create and publish them with an API token.
 */
@RestController
class EventApiController {

    private final EventService events;
    private final EventCatalog catalog;
    private final RegistrationService registrations;
    private final EventLinks links;
    private final MessageSource messages;

    EventApiController(
            EventService events,
            EventCatalog catalog,
            RegistrationService registrations,
            EventLinks links,
            MessageSource messages) {
        this.events = events;
        this.catalog = catalog;
        this.links = links;
        this.registrations = registrations;
        this.messages = messages;
    }

    /**
     * An event as staff create it.
     *
     * @param participantsPerCompany the most participants one company may register; empty for none (2 for an OPI
     *                               workshop, see {@code samspil.engagement.events.workshop-participants-per-company})
     * @param registrationDeadline   empty: registration is open until the start
     */
    record EventJson(
            String type,
            String title,
            String description,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            String onlineUrl,
            Integer capacity,
            Integer participantsPerCompany,
            OffsetDateTime registrationDeadline,
            List<String> procurementReferences,
            String theme) {

        EventDetails details() {
            return new EventDetails(
                    EventFormats.type(type),
                    title,
                    description,
                    EventFormats.instant(startsAt),
                    EventFormats.instant(endsAt),
                    place,
                    onlineUrl,
                    capacity,
                    participantsPerCompany,
                    EventFormats.instant(registrationDeadline),
                    procurementReferences,
                    theme);
        }
    }

    record RegistrationJson(
            String name,
            String company,
            String cvr,
            String email,
            Integer participants,
            String needs,
            Long slotId,
            Boolean joinWaitingList,
            String language) {

        RegistrationRequest request() {
            return new RegistrationRequest(
                    name,
                    company,
                    cvr,
                    email,
                    participants,
                    needs,
                    slotId,
                    Boolean.TRUE.equals(joinWaitingList),
                    RegistrationRequest.language(language));
        }
    }

    /**
     * A published (or cancelled) event as other systems see it; times in Danish local time with offset. The online
     * meeting link is not here: registrants with a seat get it by mail and on their personal page.
     *
     * @param online                 the meeting is (also) held online
     * @param participantsPerCompany the most participants one company may register; {@code null} for no limit
     * @param registrationDeadline   when registration closes (the start when staff set no deadline)
     */
    record EventView(
            long id,
            String type,
            String status,
            String title,
            String description,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            boolean online,
            Integer capacity,
            Integer seatsLeft,
            Integer participantsPerCompany,
            boolean registrationOpen,
            boolean full,
            OffsetDateTime registrationDeadline,
            List<String> procurementReferences,
            String theme,
            String cancelReason,
            String url,
            List<SlotView> freeSlots) {}

    /** A free one-to-one dialogue slot; book it with {@code slotId} when registering. */
    record SlotView(long id, OffsetDateTime startsAt, OffsetDateTime endsAt) {}

    /** Upcoming published and cancelled events, soonest first. */
    @GetMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<EventView>> upcoming() {
        return Map.of(
                "events",
                catalog.upcoming(EventFilter.NONE).stream().map(this::view).toList());
    }

    /** One published or cancelled event; drafts and unknown ids are 404. */
    @GetMapping(path = "/api/v1/events/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    EventView event(@PathVariable long id) {
        return catalog.publicEvent(id).map(this::view).orElseThrow(() -> new EventNotFound(id));
    }

    private EventView view(EventCatalog.PublicEvent shown) {
        Event event = shown.event();
        EventDetails d = event.details();
        return new EventView(
                event.id(),
                d.type().name(),
                event.status().name(),
                d.title(),
                d.description(),
                local(d.startsAt()),
                local(d.endsAt()),
                d.place(),
                shown.online(),
                d.capacity(),
                event.hasSlots()
                        ? Integer.valueOf(shown.freeSlots().size())
                        : shown.limited() ? shown.seatsLeft() : null,
                d.participantsPerCompany(),
                shown.open() && !shown.full(),
                shown.full(),
                local(d.registrationCloses()),
                d.procurementReferences(),
                d.theme(),
                event.cancelReason(),
                links.eventUrl(event.id()),
                shown.freeSlots().stream()
                        .map(slot -> new SlotView(slot.id(), local(slot.startsAt()), local(slot.endsAt())))
                        .toList());
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(DanishFormats.ZONE).toOffsetDateTime();
    }

    /** Creates a draft; answers 201 with its {@code id}. */
    @PostMapping(
            path = "/api/v1/events",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestBody EventJson body) {
        if (body.type() != null && EventFormats.type(body.type()) == null) {
            throw new Rejected(List.of(new Violation("type", "engagement.events.error.type")));
        }
        Event event = events.create(body.details());
        return ResponseEntity.created(URI.create("/arrangementer/" + event.id()))
                .body(Map.of("id", event.id(), "status", event.status().name()));
    }

    @PostMapping(path = "/api/v1/events/{id}/publish", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> publish(@PathVariable long id) {
        Event event = events.publish(id);
        return Map.of("id", event.id(), "status", event.status().name());
    }

    /** 201 with the registration's {@code id} and {@code status}: CONFIRMED, or WAITING on the waiting list. */
    @PostMapping(
            path = "/api/v1/events/{id}/registrations",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> register(
            @PathVariable long id, @RequestBody RegistrationJson body, HttpServletRequest request) {
        RegistrationService.Outcome outcome = registrations.register(id, body.request());
        Registration registration = outcome.registration();
        String message = messages.getMessage(
                "engagement.events.api." + registration.status().name().toLowerCase(),
                null,
                ApiProblems.locale(request));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of(
                        "id", registration.id(), "status", registration.status().name(), "message", message));
    }
}
