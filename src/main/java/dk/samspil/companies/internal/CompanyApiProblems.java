package dk.samspil.companies.internal;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.ModuleApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The company API's errors as RFC 9457 problems in Danish: broken rules 422 with {@code errors} (409 for a CVR number
 * already in the register), unreadable JSON 400.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = CompanyApiController.class)
class CompanyApiProblems extends ModuleApiProblems {

    CompanyApiProblems(ApiProblems problems) {
        super(problems, "companies.api.error");
    }
}
