package dk.samspil.alerts.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dk.samspil.platform.DanishFormats;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;

/**
 * The subscription API's errors as RFC 9457 problem details in Danish (English with {@code Accept-Language: en}):
 * broken rules 422 with an {@code errors} list of {@code {field, code, message}}, unreadable input 400.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = SubscriptionApiController.class)
class AlertApiProblems {

    record FieldError(String field, String code, String message) {
    }

    private final MessageSource messages;

    AlertApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SubscriptionRejected.class)
    ResponseEntity<ProblemDetail> rejected(SubscriptionRejected e, HttpServletRequest request) {
        Locale locale = locale(request);
        List<FieldError> errors = e.violations().stream()
                .map(v -> new FieldError(v.field(), v.messageKey(),
                        messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale)))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "alerts.api.error.rejected", errors, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Locale locale = locale(request);
        List<FieldError> errors = List.of();
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = json.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            errors = List.of(new FieldError(field, "alerts.api.error.type",
                    messages.getMessage("alerts.api.error.type", null, locale)));
        }
        return problem(HttpStatus.BAD_REQUEST, "alerts.api.error.unreadable", errors, locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "alerts.api.error.unreadable", List.of(), locale(request));
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

    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null && !header.isBlank()) {
            return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : DanishFormats.DANISH;
        }
        return LocaleContextHolder.getLocale();
    }
}
