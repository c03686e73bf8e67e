package dk.samspil.alerts.internal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The subscription API's errors as RFC 9457 problem details in Danish (English with {@code Accept-Language: en}):
 * broken rules 422 with an {@code errors} list of {@code {field, code, message}}, unreadable input 400.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = SubscriptionApiController.class)
class AlertApiProblems {

    private final ApiProblems problems;

    AlertApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Rejected.class)
    ResponseEntity<ProblemDetail> rejected(Rejected e, HttpServletRequest request) {
        return problems.rejected(e, request, "alerts.api.error.rejected");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return problems.unreadable(e, request, "alerts.api.error.unreadable", "alerts.api.error.type");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "alerts.api.error.unreadable", request);
    }
}
