package dk.samspil.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The answers every module's JSON API gives alike, as RFC 9457 problems in the module's own words: a service's
 * {@link Rejected} (422, or 409 for a conflict) with one {@code errors} entry per violation, malformed JSON or a
 * value of the wrong type (400, naming the field), and a body that is not JSON (415). The texts are
 * {@code <prefix>.rejected}, {@code <prefix>.unreadable} and {@code <prefix>.type}. A module extends this in a
 * {@code @RestControllerAdvice(assignableTypes = ...)} of its API controllers and adds its own handlers.
 */
public abstract class ModuleApiProblems {

    protected final ApiProblems problems;
    private final String prefix;

    /** @param prefix the message keys' common start, e.g. {@code alerts.api.error} */
    protected ModuleApiProblems(ApiProblems problems, String prefix) {
        this.problems = problems;
        this.prefix = prefix;
    }

    /** The field's name in the API, for rules that name it differently; the same name by default. */
    protected String apiField(String field) {
        return field;
    }

    @ExceptionHandler(Rejected.class)
    ResponseEntity<ProblemDetail> rejected(Rejected e, HttpServletRequest request) {
        return problems.rejected(e, request, prefix + ".rejected", this::apiField);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return problems.unreadable(e, request, prefix + ".unreadable", prefix + ".type");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, prefix + ".unreadable", request);
    }
}
