package dk.samspil.identity.internal;

import dk.samspil.identity.LoginProperties;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page, with a button per identity provider when single sign-on is configured; Spring Security handles
 * the POST and the providers' callbacks and redirects back here with the reason for a failure.
 */
@Controller
class LoginController {

    /** A "Log ind med <name>" button: the provider's display name and the address that starts its login. */
    record Provider(String name, String path) {}

    private final LoginProperties properties;
    private final SingleSignOnLogin singleSignOn;

    LoginController(LoginProperties properties, SingleSignOnLogin singleSignOn) {
        this.properties = properties;
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("error", "disabled".equals(error) ? error : "bad");
        }
        model.addAttribute("lockMinutes", properties.lockDuration().toMinutes());
        model.addAttribute("localAccounts", properties.localAccountsEnabled());
        model.addAttribute("providers", providers());
        return "login";
    }

    /** A refused single sign-on: what happened and what to do, in words (the audit log has the details). */
    @GetMapping(SingleSignOnLogin.REFUSED_PATH)
    String refused(@RequestParam(name = "aarsag", required = false) String reason, Model model) {
        model.addAttribute(
                "reason", SsoRefusal.ofSlug(reason == null ? "" : reason).slug());
        model.addAttribute("providers", providers());
        return "identity/sso-refused";
    }

    private List<Provider> providers() {
        return singleSignOn.providers().stream()
                .map(registration -> new Provider(
                        registration.getClientName(), "/oauth2/authorization/" + registration.getRegistrationId()))
                .toList();
    }
}
