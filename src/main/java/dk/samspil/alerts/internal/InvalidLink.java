package dk.samspil.alerts.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The page for a link that is expired, altered or no longer valid: 400 and what to do next. */
final class InvalidLink {

    private InvalidLink() {}

    static String page(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("navSection", "alerts");
        return "alerts/invalid-link";
    }
}
