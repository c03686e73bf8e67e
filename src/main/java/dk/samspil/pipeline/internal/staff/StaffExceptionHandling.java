package dk.samspil.pipeline.internal.staff;

import dk.samspil.pipeline.ProcurementNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An unknown reference in a staff address is the ordinary "page not found". */
@ControllerAdvice(basePackageClasses = StaffExceptionHandling.class)
class StaffExceptionHandling {

    @ExceptionHandler(ProcurementNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
