package dk.samspil.engagement.internal.events;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dk.samspil.platform.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;

/** Events for other systems: staff create and publish them with an API token; anyone registers. */
@RestController
class EventApiController {

    private final EventService events;
    private final RegistrationService registrations;
    private final MessageSource messages;

    EventApiController(EventService events, RegistrationService registrations, MessageSource messages) {
        this.events = events;
        this.registrations = registrations;
        this.messages = messages;
    }

    record EventJson(String type, String title, String description, OffsetDateTime startsAt, OffsetDateTime endsAt,
                     String place, String onlineUrl, Integer capacity, OffsetDateTime registrationDeadline,
                     List<String> procurementReferences, String theme) {

        EventDetails details() {
            return new EventDetails(EventFormats.type(type), title, description, EventFormats.instant(startsAt),
                    EventFormats.instant(endsAt), place, onlineUrl, capacity, EventFormats.instant(registrationDeadline),
                    procurementReferences, theme);
        }
    }

    record RegistrationJson(String name, String company, String cvr, String email, Integer participants, String needs,
                            Long slotId, Boolean joinWaitingList, String language) {

        RegistrationRequest request() {
            return new RegistrationRequest(name, company, cvr, email, participants, needs, slotId,
                    Boolean.TRUE.equals(joinWaitingList), RegistrationRequest.language(language));
        }
    }

    /** Creates a draft; answers 201 with its {@code id}. */
    @PostMapping(path = "/api/v1/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestBody EventJson body) {
        if (body.type() != null && EventFormats.type(body.type()) == null) {
            throw EventRejected.invalid(List.of(new Violation("type", "engagement.events.error.type")));
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
    @PostMapping(path = "/api/v1/events/{id}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> register(@PathVariable long id, @RequestBody RegistrationJson body,
                                                 HttpServletRequest request) {
        RegistrationService.Outcome outcome = registrations.register(id, body.request());
        Registration registration = outcome.registration();
        String message = messages.getMessage("engagement.events.api." + registration.status().name().toLowerCase(),
                null, ApiProblems.locale(request));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("id", registration.id(), "status", registration.status().name(), "message", message));
    }
}
