package dk.samspil.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public pages for choosing a password: "Glemt adgangskode?", and the pages behind the invitation and reset links.
 * A GET only shows a form; the POST acts. A password chosen from a link logs this browser in.
 */
@Controller
class PasswordLinkController {

    private static final String CHOOSE = "identity/choose-password";

    private final PasswordLinkService service;
    private final IdentityFormValidator validator;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordLinkController(PasswordLinkService service, IdentityFormValidator validator) {
        this.service = service;
        this.validator = validator;
    }

    @InitBinder("chosenPasswordForm")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping("/glemt-adgangskode")
    String forgotForm(Model model) {
        model.addAttribute("forgotPasswordForm", ForgotPasswordForm.empty());
        return "identity/forgot";
    }

    /** The same answer whether or not the address belongs to anyone, and whether or not a mail went out. */
    @PostMapping("/glemt-adgangskode")
    String forgot(@Valid ForgotPasswordForm forgotPasswordForm, BindingResult result, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/forgot";
        }
        service.requestReset(forgotPasswordForm.email());
        return "identity/forgot-sent";
    }

    @GetMapping("/invitation")
    String invitationForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return form(PasswordLinks.Kind.INVITATION, token, model, response);
    }

    @PostMapping("/invitation")
    String acceptInvitation(
            @Valid ChosenPasswordForm chosenPasswordForm,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        return choose(PasswordLinks.Kind.INVITATION, chosenPasswordForm, result, model, request, response);
    }

    @GetMapping("/adgangskode/ny")
    String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return form(PasswordLinks.Kind.RESET, token, model, response);
    }

    @PostMapping("/adgangskode/ny")
    String reset(
            @Valid ChosenPasswordForm chosenPasswordForm,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        return choose(PasswordLinks.Kind.RESET, chosenPasswordForm, result, model, request, response);
    }

    private String form(PasswordLinks.Kind kind, String token, Model model, HttpServletResponse response) {
        Optional<PasswordLinks.Refusal> refusal = service.check(kind, token);
        if (refusal.isPresent()) {
            return refused(refusal.get(), model, response);
        }
        model.addAttribute("chosenPasswordForm", ChosenPasswordForm.forToken(token));
        return choosePage(kind, model);
    }

    private String choose(
            PasswordLinks.Kind kind,
            ChosenPasswordForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            Optional<PasswordLinks.Refusal> refusal = service.check(kind, form.token());
            if (refusal.isPresent()) {
                return refused(refusal.get(), model, response);
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return choosePage(kind, model);
        }
        StaffUser user;
        try {
            user = service.setPassword(kind, form.token(), form.password());
        } catch (InvalidPasswordLinkException e) {
            return refused(e.refusal(), model, response);
        }
        logIn(user, request, response);
        return "redirect:/";
    }

    /** Logs this browser in as the user, in a new session id (whatever session existed before is not trusted). */
    private void logIn(StaffUser user, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        UserDetails details = StaffUserDetailsService.details(user);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static String choosePage(PasswordLinks.Kind kind, Model model) {
        model.addAttribute("kind", kind == PasswordLinks.Kind.INVITATION ? "invitation" : "reset");
        model.addAttribute("action", kind.path);
        return CHOOSE;
    }

    private static String refused(PasswordLinks.Refusal refusal, Model model, HttpServletResponse response) {
        response.setStatus(
                refusal == PasswordLinks.Refusal.INVALID
                        ? HttpServletResponse.SC_NOT_FOUND
                        : HttpServletResponse.SC_GONE);
        model.addAttribute("reason", refusal.key());
        return "identity/link-invalid";
    }
}
