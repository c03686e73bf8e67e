package dk.samspil.alerts.internal;

import dk.samspil.pipeline.ProcurementNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An unknown or unpublished entry to follow, or a subscription deleted meanwhile, is "page not found". */
@ControllerAdvice(assignableTypes = {SubscribeController.class, ManageController.class})
class AlertsExceptionHandling {

    @ExceptionHandler({ProcurementNotFound.class, SubscriptionNotFound.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
