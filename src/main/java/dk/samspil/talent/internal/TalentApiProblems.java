package dk.samspil.talent.internal;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.ModuleApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The talent API's errors as RFC 9457 problems in Danish: broken rules 422 (409 for a conflict), unreadable JSON 400. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = TalentApiController.class)
class TalentApiProblems extends ModuleApiProblems {

    TalentApiProblems(ApiProblems problems) {
        super(problems, "talent.api.error");
    }
}
