package dk.samspil.engagement.internal.interest;

import dk.samspil.pipeline.ProcurementNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An unknown entry or a draft is "page not found"; an awarded or cancelled one says why it takes no interest. */
@ControllerAdvice(assignableTypes = {InterestFormController.class, StaffInterestController.class})
class InterestWebErrors {

    @ExceptionHandler(ProcurementNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler(InterestClosed.class)
    String closed(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("navSection", "pipeline");
        return "engagement/interest/closed";
    }
}
