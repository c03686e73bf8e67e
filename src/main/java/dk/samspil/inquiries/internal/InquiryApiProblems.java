package dk.samspil.inquiries.internal;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.ModuleApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The inquiry API's errors as RFC 9457 problems in Danish: broken rules 422 with {@code errors}, unreadable JSON or a multipart request without its inquiry part 400. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = InquiryApiController.class)
class InquiryApiProblems extends ModuleApiProblems {

    InquiryApiProblems(ApiProblems problems) {
        super(problems, "inquiries.api.error");
    }

    /** A multipart registration without its {@code inquiry} part. */
    @org.springframework.web.bind.annotation.ExceptionHandler(
            org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> missingPart(
            jakarta.servlet.http.HttpServletRequest request) {
        return problems.problem(
                org.springframework.http.HttpStatus.BAD_REQUEST, "inquiries.api.error.inquiryPart", request);
    }
}
