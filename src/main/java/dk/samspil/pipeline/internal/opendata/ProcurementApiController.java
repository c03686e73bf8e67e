package dk.samspil.pipeline.internal.opendata;

import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementNotFound;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.internal.publicsite.PublicSearchIndex;
import dk.samspil.platform.Roles;
import dk.samspil.platform.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public read side of the JSON API: published entries, paged, and one entry by its reference. */
@RestController
@RequestMapping(path = "/api/v1/procurements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Procurements", description = "Planned procurements (the pipeline)")
class ProcurementApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final OpenDataQueries queries;
    private final ProcurementService service;
    private final OrganisationService organisation;
    private final ProcurementJsonMapper json;
    private final PublicSearchIndex index;

    ProcurementApiController(
            OpenDataQueries queries,
            ProcurementService service,
            OrganisationService organisation,
            ProcurementJsonMapper json,
            PublicSearchIndex index) {
        this.index = index;
        this.queries = queries;
        this.service = service;
        this.organisation = organisation;
        this.json = json;
    }

    @Operation(
            summary = "Published entries by expected tender publication, paged (page counts from 1); with q the"
                    + " entries a search finds, best match first")
    @GetMapping
    ProcurementJson.Page list(
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Entries per page, 1–100") @RequestParam(defaultValue = "20") int size,
            @Parameter(
                            description = "Search words as on the public list (Danish stemming, compound"
                                    + " parts, CPV labels, references; \"phrases\", OR, -word)")
                    @RequestParam(required = false)
                    String q) {
        if (page < 1) {
            throw new InvalidQuery(new Violation("page", "pipeline.api.error.page"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidQuery(new Violation("size", "pipeline.api.error.size", MAX_PAGE_SIZE));
        }
        int offset = (int) Math.min((long) (page - 1) * size, Integer.MAX_VALUE);
        OpenDataQueries.PublicPage result = q == null ? queries.publicPage(offset, size) : searched(q, offset, size);
        String nuts = organisation.municipality().map(Municipality::nutsCode).orElse(null);
        List<ProcurementJson> items =
                result.items().stream().map(p -> json.json(p, nuts)).toList();
        return new ProcurementJson.Page(
                items, new ProcurementJson.PageInfo(page, size, result.total(), (result.total() + size - 1) / size));
    }

    private OpenDataQueries.PublicPage searched(String text, int offset, int size) {
        List<PlannedProcurement> found = index.ranked(text);
        int from = Math.min(found.size(), offset);
        return new OpenDataQueries.PublicPage(found.subList(from, Math.min(found.size(), from + size)), found.size());
    }

    @Operation(summary = "One entry; drafts are visible only with a PROCUREMENT or ADMIN token")
    @GetMapping("/{reference}")
    ProcurementJson one(@PathVariable String reference, Authentication authentication) {
        PlannedProcurement procurement = (staff(authentication)
                        ? service.find(reference)
                        : queries.publicEntry(reference))
                .orElseThrow(() -> new ProcurementNotFound(reference));
        return json.json(procurement);
    }

    private static boolean staff(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.PROCUREMENT)
                                || a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    }
}
