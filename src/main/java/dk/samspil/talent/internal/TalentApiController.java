package dk.samspil.talent.internal;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import dk.samspil.talent.internal.Choices.Kind;
import dk.samspil.talent.internal.Choices.Status;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The talent bridge's JSON API: published opportunities for everyone (filters as on {@code /studiejob}), postings by
 * staff (published at once, as on the consultants' form) and applications as multipart ({@code name}, {@code email},
 * {@code message}, {@code cv}). Errors are RFC 9457 problems in Danish ({@link TalentApiProblems}).
 */
@RestController
class TalentApiController {

    static final String PATH = "/api/v1/opportunities";

    /** One published opportunity. */
    record OpportunityJson(
            long id,
            String title,
            String description,
            String company,
            String companyCvr,
            Kind kind,
            List<String> fields,
            List<String> levels,
            List<String> institutions,
            @Nullable String place,
            boolean remote,
            @Nullable Integer hoursPerWeek,
            LocalDate periodStart,
            LocalDate periodEnd,
            boolean paid,
            LocalDate deadline,
            String url) {}

    record CreatedJson(long id, String status) {}

    private final TalentService talent;
    private final Validator validator;
    private final ApiProblems problems;
    private final dk.samspil.platform.PlatformProperties platform;

    TalentApiController(
            TalentService talent,
            Validator validator,
            ApiProblems problems,
            dk.samspil.platform.PlatformProperties platform) {
        this.talent = talent;
        this.validator = validator;
        this.problems = problems;
        this.platform = platform;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<OpportunityJson> list(
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable String q) {
        String chosenField = PublicTalentController.parse(Choices.StudyField.class, field) == null ? null : field;
        return talent.search(chosenField, PublicTalentController.parse(Kind.class, kind), from, place, q).stream()
                .map(o -> new OpportunityJson(
                        o.id(),
                        o.title(),
                        o.description(),
                        o.companyName(),
                        o.companyCvr(),
                        o.kind(),
                        o.fields(),
                        o.levels(),
                        o.institutions(),
                        o.place(),
                        o.remote(),
                        o.hoursPerWeek(),
                        o.periodStart(),
                        o.periodEnd(),
                        o.paid(),
                        o.deadline(),
                        platform.link("/studiejob/" + o.id())))
                .toList();
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedJson> create(@RequestBody OpportunityForm body) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<OpportunityForm> violation : validator.validate(body)) {
            String template = violation.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1)
                    : template;
            violations.add(new Violation(violation.getPropertyPath().toString(), key));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        long id = talent.postByConsultant(body);
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(new CreatedJson(id, Status.PUBLISHED.name()));
    }

    @PostMapping(
            path = PATH + "/{id}/applications",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> apply(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String message,
            @RequestParam(required = false) @Nullable MultipartFile cv,
            HttpServletRequest request) {
        boolean published = id.matches("[1-9][0-9]{0,17}")
                && talent.find(Long.parseLong(id))
                        .filter(o -> o.status() == Status.PUBLISHED)
                        .isPresent();
        if (!published) {
            return problems.problem(HttpStatus.NOT_FOUND, "talent.api.error.notFound", request);
        }
        ApplicationForm form = new ApplicationForm(name, email, message);
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<ApplicationForm> violation : validator.validate(form)) {
            String template = violation.getMessageTemplate();
            violations.add(new Violation(
                    violation.getPropertyPath().toString(),
                    template.startsWith("{") ? template.substring(1, template.length() - 1) : template));
        }
        if (cv == null || cv.isEmpty()) {
            violations.add(new Violation("cv", "talent.cv.missing"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        try {
            long applicationId = talent.apply(Long.parseLong(id), form, cv.getOriginalFilename(), cv.getBytes());
            return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedJson(applicationId, "NEW"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
