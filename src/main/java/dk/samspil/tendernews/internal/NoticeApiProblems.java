package dk.samspil.tendernews.internal;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The notice API's errors as RFC 9457 problems in Danish: a refused notice is 422 whose {@code detail} names the first
 * problem (also the first of {@code errors}); a body whose content type is not XML is 415.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = NoticeApiController.class)
class NoticeApiProblems {

    private final ApiProblems problems;

    NoticeApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Rejected.class)
    ResponseEntity<ProblemDetail> rejected(Rejected e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = problems.rejected(e, request, "tendernews.api.error.rejected");
        ProblemDetail body = answer.getBody();
        if (body != null && !e.violations().isEmpty()) {
            List<ApiProblems.FieldError> first = problems.fieldErrors(
                    e.violations().subList(0, 1), UnaryOperator.identity(), ApiProblems.locale(request));
            body.setDetail(first.get(0).message());
        }
        return answer;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "tendernews.api.error.mediaType", request);
    }
}
