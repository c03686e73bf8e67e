package dk.samspil.engagement.internal.events;

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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The event API's errors as problem details: broken rules 422, a state that does not allow it (deadline passed,
 * cancelled, already registered, too few seats) 409, unknown event 404, unreadable input 400.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = EventApiController.class)
class EventApiProblems extends ModuleApiProblems {

    EventApiProblems(ApiProblems problems) {
        super(problems, "engagement.events.api.error");
    }

    @ExceptionHandler({EventNotFound.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problems.problem(HttpStatus.NOT_FOUND, "engagement.events.api.error.notFound", request);
    }
}
