package dk.samspil.newsletter.internal;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.ModuleApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The newsletter API's errors as RFC 9457 problems in Danish: broken rules 422 (409 conflicts), unreadable JSON 400. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = NewsletterApiController.class)
class NewsletterApiProblems extends ModuleApiProblems {

    NewsletterApiProblems(ApiProblems problems) {
        super(problems, "newsletter.api.error");
    }
}
