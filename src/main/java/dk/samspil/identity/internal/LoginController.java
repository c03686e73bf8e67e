package dk.samspil.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.samspil.identity.LoginProperties;

/** The login page; Spring Security handles the POST and redirects back here with the reason for a failure. */
@Controller
class LoginController {

    private final LoginProperties properties;

    LoginController(LoginProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("error", "disabled".equals(error) ? error : "bad");
        }
        model.addAttribute("lockMinutes", properties.lockDuration().toMinutes());
        return "login";
    }
}
