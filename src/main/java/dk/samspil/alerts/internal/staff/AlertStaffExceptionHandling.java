package dk.samspil.alerts.internal.staff;

import dk.samspil.alerts.internal.SubscriptionNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A subscriber or subscription deleted meanwhile (or a made-up id) is "page not found". */
@ControllerAdvice(assignableTypes = SubscriberController.class)
class AlertStaffExceptionHandling {

    @ExceptionHandler(SubscriptionNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
