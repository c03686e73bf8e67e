package dk.samspil.alerts.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Send me my link": mails a fresh manage link to a known address. The answer is the same for every well-formed
 * address, so the form does not tell who subscribes.
 */
@Controller
class LinkController {

    private final AlertSubscriptions subscriptions;

    LinkController(AlertSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/varsling/link")
    String form(Model model) {
        model.addAttribute("form", new LinkForm());
        model.addAttribute("navSection", "alerts");
        return "alerts/link";
    }

    @PostMapping("/varsling/link")
    String send(
            @ModelAttribute("form") LinkForm form, BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute("navSection", "alerts");
        try {
            subscriptions.sendManageLink(form.getEmail());
            model.addAttribute("sent", true);
        } catch (Rejected rejected) {
            FormErrors.reject(errors, rejected.violations());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "alerts/link";
    }

    static class LinkForm {

        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }
}
