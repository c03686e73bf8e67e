package dk.samspil.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page behind the one-time set-up link: a GET only shows the form, the POST creates the administrator. */
@Controller
@RequestMapping("/opsaetning")
class SetupController {

    private final SetupService setup;
    private final IdentityFormValidator validator;

    SetupController(SetupService setup, IdentityFormValidator validator) {
        this.setup = setup;
        this.validator = validator;
    }

    @InitBinder("setupForm")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        SetupService.TokenState state = setup.check(token);
        if (state != SetupService.TokenState.VALID) {
            return invalid(state, model, response);
        }
        model.addAttribute("setupForm", SetupForm.forToken(token));
        return "identity/setup";
    }

    @PostMapping
    String complete(@Valid SetupForm setupForm, BindingResult result, Model model, HttpServletResponse response) {
        SetupService.TokenState state = setup.check(setupForm.token());
        if (state != SetupService.TokenState.VALID) {
            return invalid(state, model, response);
        }
        if (!result.hasErrors()) {
            try {
                setup.complete(setupForm.token(), setupForm.name(), setupForm.email(), setupForm.password());
                return "redirect:/login?opsat";
            } catch (EmailAlreadyUsedException e) {
                result.rejectValue("email", "identity.user.email.taken");
            } catch (InvalidSetupTokenException e) {
                return invalid(e.state(), model, response);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "identity/setup";
    }

    private static String invalid(SetupService.TokenState state, Model model, HttpServletResponse response) {
        response.setStatus(
                state == SetupService.TokenState.UNKNOWN
                        ? HttpServletResponse.SC_NOT_FOUND
                        : HttpServletResponse.SC_GONE);
        model.addAttribute("reason", state.name().toLowerCase(Locale.ROOT));
        return "identity/setup-invalid";
    }
}
