package dk.samspil.companies.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.samspil.platform.ApiProblems;

/**
 * The register in the JSON API for staff with an API token: {@code GET /api/v1/companies?q=} finds companies by name or
 * CVR number, {@code GET /api/v1/companies/{cvr}} reads one. Notes and contacts are not in the API yet.
 */
@RestController
class CompanyApiController {

    /** A company as the API shows it. */
    record CompanyJson(String cvr, String name, @Nullable String address, @Nullable String postalCode,
                       @Nullable String city, @Nullable String municipalityCode, @Nullable String industryCode,
                       @Nullable String industryText, @Nullable String website) {

        static CompanyJson of(Company c) {
            return new CompanyJson(c.cvr(), c.name(), c.address(), c.postalCode(), c.city(), c.municipalityCode(),
                    c.industryCode(), c.industryText(), c.website());
        }
    }

    record SearchJson(String query, int limit, List<CompanyJson> companies) {
    }

    private final CompanyService companies;
    private final ApiProblems problems;

    CompanyApiController(CompanyService companies, ApiProblems problems) {
        this.companies = companies;
        this.problems = problems;
    }

    @GetMapping(path = "/api/v1/companies", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> search(@RequestParam(defaultValue = "") String q, HttpServletRequest request) {
        if (q.isBlank() || q.length() > 200) {
            return problems.problem(HttpStatus.BAD_REQUEST, "companies.api.query", request);
        }
        return ResponseEntity.ok(new SearchJson(q, CompanyService.SEARCH_LIMIT,
                companies.search(q).stream().map(CompanyJson::of).toList()));
    }

    @GetMapping(path = "/api/v1/companies/{cvr}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> read(@PathVariable String cvr, HttpServletRequest request) {
        return companies.find(cvr).<ResponseEntity<?>>map(c -> ResponseEntity.ok(CompanyJson.of(c)))
                .orElseGet(() -> notFound(request));
    }

    private ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problems.problem(HttpStatus.NOT_FOUND, "companies.api.notFound", request);
    }
}
