package dk.samspil.pipeline.internal.opendata;

import dk.samspil.pipeline.ProcurementNotFound;
import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The JSON API's errors as RFC 9457 problem details: a {@code detail} in Danish (English with
 * {@code Accept-Language: en}) and, for bad input, an {@code errors} list of {@code {field, code, message}}.
 * Rule violations are 422, unreadable input 400, unknown or unpublished entries 404. Spring's own errors (wrong
 * media type, missing parameter …) get the platform's texts from its exception handler.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's English problem details for the same exceptions
@RestControllerAdvice(assignableTypes = {ProcurementApiController.class, StaffApiController.class})
class PipelineApiProblems {

    /** The service's field names where the API calls a field differently. */
    private static final Map<String, String> API_FIELDS = Map.of(
            "value", "estimatedValueDkk",
            "expectedPublication", "expectedTenderPublication");

    private final ApiProblems problems;

    PipelineApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Rejected.class)
    ResponseEntity<ProblemDetail> rejected(Rejected e, HttpServletRequest request) {
        return problems.rejected(e, request, "pipeline.api.error.rejected", PipelineApiProblems::apiField);
    }

    @ExceptionHandler(InvalidQuery.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidQuery e, HttpServletRequest request) {
        Locale locale = ApiProblems.locale(request);
        return problems.problem(
                HttpStatus.BAD_REQUEST,
                "pipeline.api.error.unreadable",
                problems.fieldErrors(List.of(e.violation()), PipelineApiProblems::apiField, locale),
                locale);
    }

    @ExceptionHandler(ProcurementNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problems.problem(HttpStatus.NOT_FOUND, "pipeline.error.notFound", request);
    }

    /** Malformed JSON, or a value of the wrong type: the field is named when the parser knows it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return problems.unreadable(e, request, "pipeline.api.error.unreadable", "pipeline.api.error.type");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Locale locale = ApiProblems.locale(request);
        return problems.problem(
                HttpStatus.BAD_REQUEST,
                "pipeline.api.error.unreadable",
                List.of(problems.fieldError(e.getName(), "pipeline.api.error.type", List.of(), locale)),
                locale);
    }

    private static String apiField(String field) {
        return API_FIELDS.getOrDefault(field, field);
    }
}
