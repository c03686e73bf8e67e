package dk.samspil.companies.internal;

import dk.samspil.platform.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/companies/import/cvr}: a file from the CVR distribution as the request body (a search response,
 * JSON lines or an array); the answer counts created, changed, unchanged and refused documents and lists them.
 */
@RestController
class CompanyImportApiController {

    /**
     * The answer: the recorded import (for undoing it on the import page), counts, and per listed document its line,
     * CVR number, outcome, changed fields or reason.
     */
    record ImportAnswer(@Nullable Long importId, Map<CvrImport.Outcome, Integer> counts, List<AnswerLine> lines) {}

    record AnswerLine(
            long line, String cvr, String name, CvrImport.Outcome outcome, List<String> fields, String reason) {}

    private final CvrImport imports;
    private final ApiProblems problems;
    private final MessageSource messages;

    CompanyImportApiController(CvrImport imports, ApiProblems problems, MessageSource messages) {
        this.imports = imports;
        this.problems = problems;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/companies/import/cvr", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importCvr(HttpServletRequest request, Authentication user) throws IOException {
        Locale locale = ApiProblems.locale(request);
        CvrImport.Report report;
        try {
            report = imports.importFrom(request.getInputStream(), CvrImport.Origin.API, user.getName(), null);
        } catch (CvrDocuments.NotACvrFile e) {
            return problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "companies.import.notCvr", request);
        }
        List<AnswerLine> lines = report.lines().stream()
                .map(line -> new AnswerLine(
                        line.line(),
                        line.cvr(),
                        line.name(),
                        line.outcome(),
                        line.fields(),
                        line.reason(messages, locale)))
                .toList();
        return ResponseEntity.ok(new ImportAnswer(report.importId(), report.counts(), lines));
    }
}
