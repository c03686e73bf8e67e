package dk.samspil.alerts.internal;

import dk.samspil.alerts.AlertLinks;
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
 * POST confirms.
 */
@Controller
class ConfirmController {

    private final ConfirmLinks confirmLinks;
    private final AlertSubscriptions subscriptions;
    private final AlertLinks links;

    ConfirmController(ConfirmLinks confirmLinks, AlertSubscriptions subscriptions, AlertLinks links) {
        this.confirmLinks = confirmLinks;
        this.subscriptions = subscriptions;
        this.links = links;
    }

    @GetMapping("/varsling/bekraeft")
    String page(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return confirmLinks.page(AlertLinks.CONFIRM, token, model).orElseGet(() -> InvalidLink.page(model, response));
    }

    @PostMapping("/varsling/bekraeft")
    String confirm(
            @RequestParam(required = false) String token,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Long> subscriber = confirmLinks.id(AlertLinks.CONFIRM, token);
        if (subscriber.isEmpty()) {
            return InvalidLink.page(model, response);
        }
        AlertSubscriptions.Confirmation result = subscriptions.confirm(subscriber.get(), request.getRemoteAddr());
        if (result == AlertSubscriptions.Confirmation.UNKNOWN) {
            return InvalidLink.page(model, response);
        }
        model.addAttribute("already", result == AlertSubscriptions.Confirmation.ALREADY_CONFIRMED);
        model.addAttribute("manageUrl", links.manageUrl(subscriber.get()));
        model.addAttribute("navSection", "alerts");
        return "alerts/confirmed";
    }
}
