package dk.samspil.networks.internal;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.ModuleApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The networks API's errors as RFC 9457 problems in Danish: broken rules 422 (409 for a conflict), unreadable 400. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = NetworkApiController.class)
class NetworkApiProblems extends ModuleApiProblems {

    NetworkApiProblems(ApiProblems problems) {
        super(problems, "networks.api.error");
    }
}
