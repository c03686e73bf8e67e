package dk.samspil.alerts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Unsubscribing from a mail (RFC 8058). A GET only shows a button; a POST to the same URL unsubscribes at once,
 * without login, cookies or CSRF token: mail providers send {@code List-Unsubscribe=One-Click} there. The signed
 * token in the URL is the authorisation.
 */
@Controller
class UnsubscribeController {

    private final AlertTokens tokens;
    private final AlertSubscriptions subscriptions;

    UnsubscribeController(AlertTokens tokens, AlertSubscriptions subscriptions) {
        this.tokens = tokens;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/varsling/afmeld")
    String page(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (tokens.unsubscribe(token).isEmpty()) {
            return InvalidLink.page(model, response);
        }
        model.addAttribute("token", token);
        model.addAttribute("navSection", "alerts");
        return "alerts/unsubscribe";
    }

    @PostMapping("/varsling/afmeld")
    String unsubscribe(
            @RequestParam(required = false) String token,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Long> subscriber = tokens.unsubscribe(token);
        if (subscriber.isEmpty()) {
            return InvalidLink.page(model, response);
        }
        boolean removed = subscriptions.unsubscribe(subscriber.get(), request.getRemoteAddr());
        model.addAttribute("already", !removed);
        model.addAttribute("navSection", "alerts");
        return "alerts/unsubscribed";
    }
}
