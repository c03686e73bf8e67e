package dk.samspil.alerts.internal;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.ModuleApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The subscription API's errors as RFC 9457 problem details in Danish (English with {@code Accept-Language: en}):
 * broken rules 422 with an {@code errors} list of {@code {field, code, message}}, unreadable input 400.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = SubscriptionApiController.class)
class AlertApiProblems extends ModuleApiProblems {

    AlertApiProblems(ApiProblems problems) {
        super(problems, "alerts.api.error");
    }
}
