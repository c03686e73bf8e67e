package dk.samspil.identity.internal;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's API tokens, for administrators (the platform limits {@code /admin/**} to them): see and revoke. */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenAdminController {

    private final ApiTokenService tokens;
    private final Clock clock;

    ApiTokenAdminController(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("navSection", "admin");
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("now", clock.instant());
        return "identity/tokens-admin";
    }

    @PostMapping("/{id}/tilbagekald")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        if (!tokens.revokeAny(id)) {
            throw new StaffUserNotFoundException();
        }
        redirect.addFlashAttribute("message", "identity.account.tokenRevoked");
        return "redirect:/admin/api-tokens";
    }
}
