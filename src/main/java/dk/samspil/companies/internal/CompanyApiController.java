package dk.samspil.companies.internal;

import dk.samspil.companies.CompanyTimelineContribution;
import dk.samspil.companies.CompanyTimelineItem;
import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.DateLimits;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register in the JSON API for staff with an API token, with the same role rules as the pages:
 * {@code GET /api/v1/companies} finds companies (Danish full text in {@code q}, filters, paged), {@code GET
 * /api/v1/companies/{cvr}} reads one, {@code POST /api/v1/companies} adds one whose CVR data is not imported,
 * {@code POST /api/v1/companies/{cvr}/visits} writes a visit or note (with participants and follow-ups) shared as
 * the author chooses within what their organisation may, and {@code GET /api/v1/companies/{cvr}/timeline} reads the
 * company's timeline with the notes the caller's organisation may read (each read by another organisation logged).
 */
@RestController
class CompanyApiController {

    static final String BASE = "/api/v1/companies";
    static final int DEFAULT_SIZE = 20;

    /** A company as the API shows it. */
    record CompanyJson(
            String cvr,
            String name,
            @Nullable String address,
            @Nullable String postalCode,
            @Nullable String city,
            @Nullable String municipalityCode,
            @Nullable String industryCode,
            @Nullable String industryText,
            @Nullable String website,
            @Nullable String employees,
            List<String> tags) {

        static CompanyJson of(Company c, List<String> tags) {
            return new CompanyJson(
                    c.cvr(),
                    c.name(),
                    c.address(),
                    c.postalCode(),
                    c.city(),
                    c.municipalityCode(),
                    c.industryCode(),
                    c.industryText(),
                    c.website(),
                    null,
                    tags);
        }

        static CompanyJson of(CompanyRow c) {
            return new CompanyJson(
                    c.cvr(),
                    c.name(),
                    c.address(),
                    c.postalCode(),
                    c.city(),
                    c.municipalityCode(),
                    c.industryCode(),
                    c.industryText(),
                    c.website(),
                    c.employees(),
                    c.tags());
        }
    }

    record SearchJson(String query, int page, int size, long total, List<CompanyJson> companies) {}

    /** A company to add: the CVR number and what the register should say about it. */
    record NewCompanyJson(
            @Nullable String cvr,
            @Nullable String name,
            @Nullable String address,
            @Nullable String postalCode,
            @Nullable String city,
            @Nullable String municipalityCode,
            @Nullable String industryCode,
            @Nullable String industryText,
            @Nullable String website) {}

    record FollowUpJson(
            @Nullable String task,
            @Nullable String owner,
            @Nullable LocalDate dueDate) {}

    /** A visit or note; {@code title} defaults to the start of the notes. */
    record VisitJson(
            @Nullable LocalDate date,
            @Nullable String title,
            @Nullable List<String> topics,
            @Nullable String notes,
            @Nullable String sharedWith,
            @Nullable List<String> participants,
            @Nullable List<FollowUpJson> followUps) {}

    record VisitCreatedJson(long id, String cvr, LocalDate date, String title, String sharedWith) {}

    record TimelineNoteJson(
            long id,
            LocalDate date,
            String author,
            String authorOrganisation,
            List<String> topics,
            String title,
            String notes,
            String sharedWith,
            List<String> participants,
            List<FollowUpJson> followUps,
            boolean anonymised) {}

    /** One entry: a module's item ({@code text}, {@code link}) or a note ({@code note}). */
    record TimelineEntryJson(
            Instant at,
            String kind,
            @Nullable String text,
            @Nullable String link,
            @Nullable TimelineNoteJson note) {}

    record TimelineJson(String cvr, String name, List<TimelineEntryJson> entries) {}

    private final CompanyService companies;
    private final CompanySearch search;
    private final List<CompanyTimelineContribution> timeline;
    private final MessageSource messages;
    private final Validator validator;
    private final ApiProblems problems;

    CompanyApiController(
            CompanyService companies,
            CompanySearch search,
            List<CompanyTimelineContribution> timeline,
            MessageSource messages,
            Validator validator,
            ApiProblems problems) {
        this.companies = companies;
        this.search = search;
        this.timeline = timeline;
        this.messages = messages;
        this.validator = validator;
        this.problems = problems;
    }

    @GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> search(
            @ModelAttribute CompanyFilter filter,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) String size,
            Authentication user,
            HttpServletRequest request) {
        if (!page.matches("[0-9]{1,6}") || !size.matches("[0-9]{1,3}")) {
            return problems.problem(HttpStatus.BAD_REQUEST, "companies.api.page", request);
        }
        try {
            CompanySearch.Page found =
                    search.find(filter, organisation(user), Integer.parseInt(page), Integer.parseInt(size));
            return ResponseEntity.ok(new SearchJson(
                    filter.q() == null ? "" : filter.q(),
                    found.page(),
                    found.size(),
                    found.total(),
                    found.companies().stream().map(CompanyJson::of).toList()));
        } catch (Rejected e) {
            boolean paging = e.violations().stream().anyMatch(v -> v.field().equals("size"));
            return problems.problem(
                    HttpStatus.BAD_REQUEST,
                    paging ? "companies.api.page" : "companies.api.query",
                    problems.fieldErrors(e.violations(), field -> field, ApiProblems.locale(request)),
                    ApiProblems.locale(request));
        }
    }

    @GetMapping(path = BASE + "/{cvr}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> read(@PathVariable String cvr, HttpServletRequest request) {
        return companies
                .find(cvr)
                .<ResponseEntity<?>>map(c -> ResponseEntity.ok(CompanyJson.of(c, search.tags(c))))
                .orElseGet(() -> notFound(request));
    }

    @PostMapping(path = BASE, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CompanyJson> create(@RequestBody NewCompanyJson body) {
        CompanyForm form = new CompanyForm(
                body.cvr(),
                body.name(),
                body.address(),
                body.postalCode(),
                body.city(),
                body.municipalityCode(),
                body.industryCode(),
                body.industryText(),
                body.website());
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<CompanyForm> violation : validator.validate(form)) {
            String template = violation.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1)
                    : template;
            violations.add(new Violation(violation.getPropertyPath().toString(), key));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        try {
            Company company = companies.create(form.toData());
            return ResponseEntity.created(URI.create(BASE + "/" + company.cvr()))
                    .body(CompanyJson.of(company, List.of()));
        } catch (CompanyService.DuplicateCvr e) {
            throw Rejected.conflict("cvr", "companies.error.cvr.taken");
        }
    }

    @PostMapping(
            path = BASE + "/{cvr}/visits",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> addVisit(
            @PathVariable String cvr, @RequestBody VisitJson body, Authentication user, HttpServletRequest request) {
        Company company = companies.find(cvr).orElse(null);
        if (company == null) {
            return notFound(request);
        }
        StaffOrganisation organisation = organisation(user);
        if (organisation == null) {
            return problems.problem(HttpStatus.FORBIDDEN, "companies.api.noOrganisation", request);
        }
        List<Violation> violations = new ArrayList<>();
        if (body.date() == null) {
            violations.add(new Violation("date", "companies.error.visitDate.required"));
        } else if (!DateLimits.isWithin(body.date())) {
            violations.add(DateLimits.violation("date"));
        }
        String notes = body.notes() == null ? "" : body.notes().strip();
        if (notes.isEmpty()) {
            violations.add(new Violation("notes", "companies.error.notes.required"));
        } else if (notes.length() > 20000) {
            violations.add(new Violation("notes", "companies.error.size.20000"));
        }
        String title = body.title() == null || body.title().isBlank()
                ? defaultTitle(notes)
                : body.title().strip();
        if (title.length() > 200 || !dk.samspil.platform.TextInput.isSingleLine(title)) {
            violations.add(new Violation("title", "companies.error.size.200"));
        }
        List<Topic> topics = new ArrayList<>();
        for (String topic : body.topics() == null ? List.<String>of() : body.topics()) {
            try {
                topics.add(Topic.valueOf(topic == null ? "" : topic.strip()));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(
                        "topics",
                        "companies.api.topic",
                        String.valueOf(topic),
                        String.join(
                                ", ",
                                Arrays.stream(Topic.values()).map(Enum::name).toList())));
            }
        }
        Sharing sharing = null;
        if (body.sharedWith() == null || body.sharedWith().isBlank()) {
            violations.add(new Violation("sharedWith", "companies.error.sharedWith.required"));
        } else {
            try {
                sharing = Sharing.valueOf(body.sharedWith().strip());
                if (!sharing.readableBy(organisation)) {
                    violations.add(new Violation(
                            "sharedWith",
                            "companies.api.sharedWith.wider",
                            String.join(
                                    ", ",
                                    Sharing.choicesFor(organisation).stream()
                                            .map(Enum::name)
                                            .toList())));
                }
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(
                        "sharedWith",
                        "companies.api.sharedWith.unknown",
                        String.join(
                                ", ",
                                Sharing.choicesFor(organisation).stream()
                                        .map(Enum::name)
                                        .toList())));
            }
        }
        List<String> participants = body.participants() == null
                ? List.of()
                : body.participants().stream()
                        .map(p -> p == null ? "" : p.strip())
                        .filter(p -> !p.isEmpty())
                        .toList();
        List<NoteData.FollowUpData> followUps = body.followUps() == null
                ? List.of()
                : body.followUps().stream()
                        .map(f -> f == null
                                ? new NoteData.FollowUpData("", "", null)
                                : new NoteData.FollowUpData(
                                        f.task() == null ? "" : f.task().strip(),
                                        f.owner() == null ? "" : f.owner().strip(),
                                        f.dueDate()))
                        .toList();
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        NoteData note = new NoteData(body.date(), topics, title, notes, sharing, participants, followUps);
        long id = companies.addNote(company, note, user.getName(), organisation);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new VisitCreatedJson(id, company.cvr(), body.date(), title, sharing.name()));
    }

    @GetMapping(path = BASE + "/{cvr}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> timeline(@PathVariable String cvr, Authentication user, HttpServletRequest request) {
        Company company = companies.find(cvr).orElse(null);
        if (company == null) {
            return notFound(request);
        }
        Set<String> roles = CompanyPage.roles(user);
        Locale locale = ApiProblems.locale(request);
        List<TimelineEntryJson> entries = new ArrayList<>();
        for (CompanyTimelineContribution contribution : timeline) {
            for (CompanyTimelineItem item : contribution.items(company.cvr(), roles)) {
                entries.add(new TimelineEntryJson(
                        item.at(),
                        "ITEM",
                        messages.getMessage(item.messageKey(), item.arguments().toArray(), locale),
                        item.link(),
                        null));
            }
        }
        StaffOrganisation organisation = organisation(user);
        if (organisation != null) {
            for (CompanyNote n : companies.notesFor(company, user.getName(), organisation)) {
                boolean anonymised = n.anonymisedAt() != null;
                entries.add(new TimelineEntryJson(
                        n.createdAt(),
                        "NOTE",
                        null,
                        null,
                        new TimelineNoteJson(
                                n.id(),
                                n.visitDate(),
                                n.author(),
                                n.authorOrg().name(),
                                n.topics().stream().map(Enum::name).toList(),
                                n.title(),
                                n.notes(),
                                n.sharedWith().name(),
                                n.participants(),
                                n.followUps().stream()
                                        .map(f -> new FollowUpJson(f.task(), f.owner(), f.dueDate()))
                                        .toList(),
                                anonymised)));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntryJson::at).reversed());
        return ResponseEntity.ok(new TimelineJson(company.cvr(), company.name(), entries));
    }

    private static String defaultTitle(String notes) {
        String first = notes.lines().findFirst().orElse("").strip();
        return first.length() > 80 ? first.substring(0, 79) + "…" : first;
    }

    private ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problems.problem(HttpStatus.NOT_FOUND, "companies.api.notFound", request);
    }

    private static @Nullable StaffOrganisation organisation(Authentication user) {
        return StaffOrganisation.of(CompanyPage.roles(user)).orElse(null);
    }
}
