package dk.samspil.engagement.internal.interest;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** Pages shared by the link controllers. */
final class InterestPages {

    private InterestPages() {}

    /** A link that is expired, altered, or of an interest that was withdrawn: 400 and what to do next. */
    static String invalidLink(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("navSection", "pipeline");
        return "engagement/interest/invalid-link";
    }
}
