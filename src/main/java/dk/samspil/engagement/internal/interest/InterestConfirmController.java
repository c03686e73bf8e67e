package dk.samspil.engagement.internal.interest;

import dk.samspil.platform.ConfirmLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in the confirmation mail. Opening it only shows a button, because mail scanners open links; the button's
 * POST confirms and shows the personal link.
 */
@Controller
class InterestConfirmController {

    private final ConfirmLinks confirmLinks;
    private final InterestLinks links;
    private final Interests interests;

    InterestConfirmController(ConfirmLinks confirmLinks, InterestLinks links, Interests interests) {
        this.confirmLinks = confirmLinks;
        this.links = links;
        this.interests = interests;
    }

    @GetMapping("/interesse/bekraeft")
    String page(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return confirmLinks
                .page(InterestLinks.CONFIRM, token, model)
                .orElseGet(() -> InterestPages.invalidLink(model, response));
    }

    @PostMapping("/interesse/bekraeft")
    String confirm(
            @RequestParam(required = false) String token,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Long> id = confirmLinks.id(InterestLinks.CONFIRM, token);
        if (id.isEmpty()) {
            return InterestPages.invalidLink(model, response);
        }
        Interests.Confirmation result = interests.confirm(id.get(), request.getRemoteAddr());
        if (result == Interests.Confirmation.UNKNOWN) {
            return InterestPages.invalidLink(model, response);
        }
        model.addAttribute("already", result == Interests.Confirmation.ALREADY_CONFIRMED);
        model.addAttribute("pageUrl", "/interesse/" + links.pageToken(id.get()));
        model.addAttribute("navSection", "pipeline");
        return "engagement/interest/confirmed";
    }
}
