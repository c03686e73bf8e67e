package dk.samspil.inquiries.internal;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.DateLimits;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON API of inquiries: staff register one ({@code POST /api/v1/inquiries}, as JSON or, with attachments, as
 * multipart) and read one
 * ({@code GET /api/v1/inquiries/{id}}) with an API token; anyone sends one as through the public form
 * ({@code POST /api/v1/public/inquiries}, rate-limited like every anonymous POST). The same rules as the forms.
 */
@RestController
class InquiryApiController {

    static final String STAFF = "/api/v1/inquiries";
    static final String PUBLIC = "/api/v1/public/inquiries";

    /** Who the inquiry is from. */
    record FromJson(
            @Nullable String name,
            @Nullable String companyName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String cvr) {}

    /** An inquiry registered by staff; {@code receivedAt} is a date or a date and time. */
    record StaffInquiryJson(
            @Nullable Channel channel,
            @Nullable String receivedAt,
            @Nullable Boolean viaPoliticalLevel,
            @Nullable String politician,
            @Nullable String topic,
            @Nullable FromJson from,
            @Nullable String subject,
            @Nullable String message) {}

    /** An inquiry sent by a company or citizen. */
    record PublicInquiryJson(
            @Nullable String topic,
            @Nullable FromJson from,
            @Nullable String subject,
            @Nullable String message) {}

    record CreatedJson(long id, String caseNumber, LocalDate acknowledgeBy, LocalDate answerBy) {}

    record PublicCreatedJson(String caseNumber, LocalDate answerBy) {}

    record InquiryJson(
            long id,
            String caseNumber,
            Channel channel,
            boolean viaPoliticalLevel,
            @Nullable String politician,
            @Nullable String topic,
            FromJson from,
            String subject,
            String message,
            LocalDate receivedOn,
            String queue,
            @Nullable String team,
            String status,
            @Nullable String outcome,
            @Nullable String assignee,
            LocalDate acknowledgeBy,
            LocalDate answerBy,
            @Nullable LocalDate answeredOn,
            List<AttachmentJson> attachments) {}

    /** An attachment of the inquiry, without its content (staff download it from the case page). */
    record AttachmentJson(String fileName, String kind, int sizeBytes) {}

    private static final Map<String, String> API_FIELDS = Map.of(
            "name",
            "from.name",
            "companyName",
            "from.companyName",
            "email",
            "from.email",
            "phone",
            "from.phone",
            "cvr",
            "from.cvr",
            "receivedOn",
            "receivedAt",
            "topicId",
            "topic");

    private final InquiryService inquiries;
    private final RoutingService routing;
    private final Validator validator;
    private final ApiProblems problems;

    InquiryApiController(InquiryService inquiries, RoutingService routing, Validator validator, ApiProblems problems) {
        this.inquiries = inquiries;
        this.routing = routing;
        this.validator = validator;
        this.problems = problems;
    }

    @PostMapping(path = STAFF, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedJson> create(@RequestBody StaffInquiryJson body, Authentication user) {
        return register(body, List.of(), user);
    }

    /**
     * The same with attachments, as {@code multipart/form-data}: the inquiry's JSON in the part {@code inquiry}
     * (sent as {@code application/json}) and up to 3 files in parts named {@code files}, checked by their content
     * as on the public form (PDF, Office documents, images; 10 MB in total).
     */
    @PostMapping(
            path = STAFF,
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedJson> createWithAttachments(
            @RequestPart("inquiry") StaffInquiryJson body,
            @RequestPart(name = AttachmentRules.FIELD, required = false) @Nullable List<MultipartFile> files,
            Authentication user) {
        return register(body, files, user);
    }

    private ResponseEntity<CreatedJson> register(
            StaffInquiryJson body, @Nullable List<MultipartFile> files, Authentication user) {
        List<Violation> violations = new ArrayList<>();
        FromJson from = body.from() == null ? new FromJson(null, null, null, null, null) : body.from();
        LocalDate receivedOn = receivedOn(body.receivedAt(), violations);
        Long topicId = topic(body.topic(), violations);
        Channel channel = body.channel();
        if (channel == Channel.WEB) {
            violations.add(new Violation("channel", "inquiries.error.channel.required"));
        }
        if (body.viaPoliticalLevel() != null && body.viaPoliticalLevel() != (channel != null && channel.political())) {
            violations.add(new Violation("viaPoliticalLevel", "inquiries.api.error.political"));
        }
        if (channel != null
                && channel.political()
                && (body.politician() == null || body.politician().isBlank())) {
            violations.add(new Violation("politician", "inquiries.error.politician.required"));
        }
        InquiryForm form = new InquiryForm(
                channel,
                body.politician(),
                from.name(),
                from.companyName(),
                from.email(),
                from.phone(),
                from.cvr(),
                subject(body.subject(), body.topic(), body.message()),
                body.message(),
                receivedOn,
                null);
        validate(form, violations);
        List<NewAttachment> attachments = AttachmentRules.check(files, violations);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        InquiryForm valid = new InquiryForm(
                channel,
                body.politician(),
                from.name(),
                from.companyName(),
                from.email(),
                from.phone(),
                from.cvr(),
                form.subject(),
                body.message(),
                receivedOn,
                topicId);
        Inquiry inquiry = inquiries.receive(valid.toData(), user.getName(), attachments);
        return ResponseEntity.created(URI.create(STAFF + "/" + inquiry.id()))
                .body(new CreatedJson(inquiry.id(), inquiry.caseNumber(), inquiry.acknowledgeBy(), inquiry.answerBy()));
    }

    @GetMapping(path = STAFF + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> read(@PathVariable String id, HttpServletRequest request) {
        Optional<Inquiry> found =
                id.matches("[1-9][0-9]{0,17}") ? inquiries.find(Long.parseLong(id)) : Optional.empty();
        if (found.isEmpty()) {
            return problems.problem(HttpStatus.NOT_FOUND, "inquiries.api.error.notFound", request);
        }
        Inquiry i = found.get();
        return ResponseEntity.ok(new InquiryJson(
                i.id(),
                i.caseNumber(),
                i.channel(),
                i.political(),
                i.politician(),
                i.topicId() == null
                        ? null
                        : routing.topic(i.topicId()).map(Topic::name).orElse(null),
                new FromJson(i.name(), i.companyName(), i.email(), i.phone(), i.cvr()),
                i.subject(),
                i.message(),
                i.receivedOn(),
                i.queue().name(),
                i.teamId() == null
                        ? null
                        : routing.team(i.teamId()).map(Team::name).orElse(null),
                i.status().name(),
                i.outcome() == null ? null : i.outcome().name(),
                i.assignee(),
                i.acknowledgeBy(),
                i.answerBy(),
                i.answeredOn(),
                inquiries.attachments(i.id()).stream()
                        .map(a -> new AttachmentJson(a.fileName(), a.kind().name(), a.sizeBytes()))
                        .toList()));
    }

    @PostMapping(
            path = PUBLIC,
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PublicCreatedJson> send(@RequestBody PublicInquiryJson body) {
        List<Violation> violations = new ArrayList<>();
        FromJson from = body.from() == null ? new FromJson(null, null, null, null, null) : body.from();
        Long topicId = topic(body.topic(), violations);
        PublicInquiryForm form = new PublicInquiryForm(
                from.name(),
                from.companyName(),
                from.cvr(),
                from.email(),
                from.phone(),
                subject(body.subject(), body.topic(), body.message()),
                body.message(),
                topicId);
        validate(form, violations);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        Inquiry inquiry = inquiries.receive(form.toData(inquiries.today()), null);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new PublicCreatedJson(inquiry.caseNumber(), inquiry.answerBy()));
    }

    private void validate(Object form, List<Violation> violations) {
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            String field = violation.getPropertyPath().toString();
            String template = violation.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1)
                    : template;
            violations.add(new Violation(API_FIELDS.getOrDefault(field, field), key));
        }
    }

    private @Nullable LocalDate receivedOn(@Nullable String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = text.length() == 10
                    ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text)
                            .atZoneSameInstant(DanishFormats.ZONE)
                            .toLocalDate();
        } catch (DateTimeParseException e) {
            violations.add(new Violation("receivedAt", "inquiries.api.error.receivedAt"));
            return LocalDate.MIN;
        }
        if (!DateLimits.isWithin(date)) {
            violations.add(DateLimits.violation("receivedAt"));
        } else if (date.isAfter(inquiries.today())) {
            violations.add(new Violation("receivedAt", "inquiries.error.receivedOn.future"));
        }
        return date;
    }

    /** A topic by its name (any case) or id; {@code null} when none is given. */
    private @Nullable Long topic(@Nullable String topic, List<Violation> violations) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        Optional<Topic> found = routing.topics().stream()
                .filter(t -> t.name().equalsIgnoreCase(topic.strip())
                        || String.valueOf(t.id()).equals(topic.strip()))
                .findFirst();
        if (found.isEmpty()) {
            violations.add(new Violation("topic", "inquiries.error.topic.unknown"));
            return null;
        }
        return found.get().id();
    }

    /** The subject given, or the topic's name, or the message's first line cut to 200 characters. */
    private static @Nullable String subject(
            @Nullable String subject, @Nullable String topic, @Nullable String message) {
        if (subject != null && !subject.isBlank()) {
            return subject;
        }
        if (topic != null && !topic.isBlank() && topic.length() <= 200) {
            return topic.strip();
        }
        if (message == null || message.isBlank()) {
            return null;
        }
        String first = message.strip().lines().findFirst().orElse("").strip();
        return first.length() > 200 ? first.substring(0, 199) + "…" : first;
    }
}
