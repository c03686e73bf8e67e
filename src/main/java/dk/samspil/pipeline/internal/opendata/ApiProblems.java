package dk.samspil.pipeline.internal.opendata;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dk.samspil.pipeline.ProcurementNotFound;
import dk.samspil.pipeline.ProcurementRejected;
import dk.samspil.pipeline.Violation;
import dk.samspil.platform.DanishFormats;
import tools.jackson.core.JacksonException;

/**
 * The JSON API's errors as RFC 9457 problem details: a {@code detail} in Danish (English with
 * {@code Accept-Language: en}) and, for bad input, an {@code errors} list of {@code {field, code, message}}.
 * Rule violations are 422, unreadable input 400, unknown or unpublished entries 404.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's English problem details for the same exceptions
@RestControllerAdvice(assignableTypes = {ProcurementApiController.class, StaffApiController.class})
class ApiProblems {

    /** The service's field names where the API calls a field differently. */
    private static final Map<String, String> API_FIELDS = Map.of(
            "value", "estimatedValueDkk",
            "expectedPublication", "expectedTenderPublication");

    record FieldError(String field, String code, String message) {
    }

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProcurementRejected.class)
    ResponseEntity<ProblemDetail> rejected(ProcurementRejected e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "pipeline.api.error.rejected", errors(e.violations(), locale),
                locale);
    }

    @ExceptionHandler(InvalidQuery.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidQuery e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.BAD_REQUEST, "pipeline.api.error.unreadable", errors(List.of(e.violation()), locale),
                locale);
    }

    @ExceptionHandler(ProcurementNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "pipeline.error.notFound", List.of(), locale(request));
    }

    /** Malformed JSON, or a value of the wrong type: the field is named when the parser knows it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Locale locale = locale(request);
        List<FieldError> errors = List.of();
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = json.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            errors = List.of(new FieldError(field, "pipeline.api.error.type",
                    messages.getMessage("pipeline.api.error.type", null, locale)));
        }
        return problem(HttpStatus.BAD_REQUEST, "pipeline.api.error.unreadable", errors, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.BAD_REQUEST, "pipeline.api.error.unreadable", List.of(new FieldError(e.getName(),
                "pipeline.api.error.type", messages.getMessage("pipeline.api.error.type", null, locale))), locale);
    }

    /** Spring's own errors while reading a request (wrong media type, missing parameter …) with the platform's texts. */
    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
            MissingServletRequestParameterException.class, ErrorResponseException.class})
    ResponseEntity<ProblemDetail> springError(Exception exception, HttpServletRequest request) {
        Locale locale = locale(request);
        ErrorResponse e = (ErrorResponse) exception;
        HttpStatusCode status = e.getStatusCode();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(
                "error." + status.value() + ".detail", null,
                messages.getMessage("error.generic.detail", null, locale), locale));
        return ResponseEntity.status(status).headers(e.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private List<FieldError> errors(List<Violation> violations, Locale locale) {
        return violations.stream()
                .map(v -> new FieldError(API_FIELDS.getOrDefault(v.field(), v.field()), v.messageKey(),
                        messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale)))
                .toList();
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detailKey, List<FieldError> errors,
                                                  Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage()).body(problem);
    }

    /** English when the client asks for it with Accept-Language; otherwise the site's language (Danish). */
    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null && !header.isBlank()) {
            return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : DanishFormats.DANISH;
        }
        return LocaleContextHolder.getLocale();
    }
}
