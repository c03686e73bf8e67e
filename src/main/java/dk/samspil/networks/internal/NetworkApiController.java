package dk.samspil.networks.internal;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The networks' JSON API for staff (personal API tokens): the networks, a network's members, a new meeting (invited
 * as on the staff page), and a network's meetings of a year as iCalendar, which is also open to everyone for a
 * network with a public page. Errors are RFC 9457 problems in Danish ({@link NetworkApiProblems}).
 */
@RestController
class NetworkApiController {

    static final String PATH = "/api/v1/networks";

    record NetworkJson(long id, String name, String purpose, boolean publicPage, int activeMembers) {}

    record MemberJson(
            long id,
            Member.Kind kind,
            @Nullable String cvr,
            String name,
            Member.Role role,
            @Nullable String contactName,
            @Nullable String contactEmail,
            List<ContactJson> contacts,
            LocalDate joinedOn,
            @Nullable LocalDate leftOn) {}

    record ContactJson(String name, String email) {}

    record CreatedJson(long id, int invitations) {}

    private final NetworkService networks;
    private final MeetingService meetings;
    private final NetworkCalendar calendar;
    private final Validator validator;
    private final ApiProblems problems;

    NetworkApiController(
            NetworkService networks,
            MeetingService meetings,
            NetworkCalendar calendar,
            Validator validator,
            ApiProblems problems) {
        this.networks = networks;
        this.meetings = meetings;
        this.calendar = calendar;
        this.validator = validator;
        this.problems = problems;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<NetworkJson> list() {
        return networks.networks().stream()
                .map(n -> new NetworkJson(
                        n.id(),
                        n.name(),
                        n.purpose(),
                        n.publicPage(),
                        networks.activeMembers(n.id()).size()))
                .toList();
    }

    @GetMapping(path = PATH + "/{id}/members", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> members(@PathVariable String id, HttpServletRequest request) {
        Optional<Network> network = network(id);
        if (network.isEmpty()) {
            return problems.problem(HttpStatus.NOT_FOUND, "networks.api.error.notFound", request);
        }
        return ResponseEntity.ok(networks.members(network.get().id()).stream()
                .map(m -> new MemberJson(
                        m.id(),
                        m.kind(),
                        m.cvr(),
                        m.name(),
                        m.role(),
                        m.contactName(),
                        m.contactEmail(),
                        m.contacts().stream()
                                .map(c -> new ContactJson(c.name(), c.email()))
                                .toList(),
                        m.joinedOn(),
                        m.leftOn()))
                .toList());
    }

    @PostMapping(
            path = PATH + "/{id}/meetings",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> createMeeting(
            @PathVariable String id, @RequestBody MeetingForm body, HttpServletRequest request) {
        Optional<Network> network = network(id);
        if (network.isEmpty()) {
            return problems.problem(HttpStatus.NOT_FOUND, "networks.api.error.notFound", request);
        }
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<MeetingForm> violation : validator.validate(body)) {
            String template = violation.getMessageTemplate();
            violations.add(new Violation(
                    violation.getPropertyPath().toString(),
                    template.startsWith("{") && template.endsWith("}")
                            ? template.substring(1, template.length() - 1)
                            : template));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        long meetingId = meetings.create(network.get().id(), body);
        return ResponseEntity.created(URI.create(PATH + "/" + network.get().id() + "/meetings/" + meetingId))
                .body(new CreatedJson(meetingId, meetings.invitations(meetingId).size()));
    }

    /** The year's meetings (this year unless {@code year} is given), for calendar subscriptions. */
    @GetMapping(path = PATH + "/{id}/meetings.ics")
    ResponseEntity<?> feed(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable Integer year,
            @Nullable Authentication user,
            HttpServletRequest request) {
        Optional<Network> network = network(id).filter(n -> n.publicPage() || isStaff(user));
        if (network.isEmpty()) {
            return problems.problem(HttpStatus.NOT_FOUND, "networks.api.error.notFound", request);
        }
        int chosen =
                year == null || year < 2000 || year > 2100 ? networks.today().getYear() : year;
        String ics = calendar.feed(
                network.get(), meetings.meetingsOfYear(network.get().id(), chosen));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Network> network(String id) {
        return id.matches("[1-9][0-9]{0,17}") ? networks.find(Long.parseLong(id)) : Optional.empty();
    }

    private static boolean isStaff(@Nullable Authentication user) {
        if (user == null) {
            return false;
        }
        List<String> roles = List.of(NetworkConfiguration.STAFF);
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.startsWith("ROLE_") && roles.contains(a.substring(5)));
    }
}
