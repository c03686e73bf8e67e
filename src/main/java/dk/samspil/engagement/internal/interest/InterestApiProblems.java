package dk.samspil.engagement.internal.interest;

import dk.samspil.pipeline.ProcurementNotFound;
import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.ModuleApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The interest API's errors as RFC 9457 problem details: broken rules 422 with {@code errors}, unknown or draft
 * entry 404, awarded or cancelled entry and an address registered already 409, unreadable input 400.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = InterestApiController.class)
class InterestApiProblems extends ModuleApiProblems {

    InterestApiProblems(ApiProblems problems) {
        super(problems, "engagement.interest.api.error");
    }

    @ExceptionHandler(ProcurementNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problems.problem(HttpStatus.NOT_FOUND, "engagement.interest.api.error.notFound", request);
    }

    @ExceptionHandler(InterestClosed.class)
    ResponseEntity<ProblemDetail> closed(HttpServletRequest request) {
        return problems.problem(HttpStatus.CONFLICT, "engagement.interest.closed.text", request);
    }

    @ExceptionHandler(InterestApiController.AlreadyRegistered.class)
    ResponseEntity<ProblemDetail> alreadyRegistered(HttpServletRequest request) {
        return problems.problem(HttpStatus.CONFLICT, "engagement.interest.api.error.alreadyRegistered", request);
    }
}
