package dk.samspil.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A logged-in user's own account: personal API tokens and their password. */
@Controller
@RequestMapping("/konto")
class AccountController {

    private final StaffUserService users;
    private final ApiTokenService tokens;
    private final IdentityFormValidator validator;
    private final Clock clock;

    AccountController(StaffUserService users, ApiTokenService tokens, IdentityFormValidator validator, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder("passwordChangeForm")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("navSection", "account");
    }

    @GetMapping
    String account(Principal principal, Model model) {
        model.addAttribute("apiTokenForm", ApiTokenForm.empty());
        return accountPage(principal, model);
    }

    @PostMapping("/tokens")
    String createToken(
            @Valid ApiTokenForm apiTokenForm,
            BindingResult result,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return accountPage(principal, model);
        }
        StaffUser user = users.getByEmail(principal.getName());
        model.addAttribute("created", tokens.create(user.id(), apiTokenForm.name(), apiTokenForm.expiryDays()));
        return "identity/token-created";
    }

    @PostMapping("/tokens/{id}/tilbagekald")
    String revokeToken(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        StaffUser user = users.getByEmail(principal.getName());
        if (!tokens.revoke(user.id(), id)) {
            throw new StaffUserNotFoundException();
        }
        redirect.addFlashAttribute("message", "identity.account.tokenRevoked");
        return "redirect:/konto";
    }

    @GetMapping("/adgangskode")
    String passwordForm(Principal principal, Model model) {
        model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
        return passwordPage(principal, model);
    }

    @PostMapping("/adgangskode")
    String changePassword(
            @Valid PasswordChangeForm passwordChangeForm,
            BindingResult result,
            Principal principal,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            HttpSession session = request.getSession(false);
            if (users.changeOwnPassword(
                    principal.getName(),
                    passwordChangeForm.currentPassword(),
                    passwordChangeForm.newPassword(),
                    session == null ? null : session.getId())) {
                if (session != null) {
                    request.changeSessionId(); // whoever may have copied this session's cookie loses it too
                }
                redirect.addFlashAttribute("message", "identity.account.passwordChanged");
                return "redirect:/konto";
            }
            result.rejectValue("currentPassword", "identity.password.current.wrong");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return passwordPage(principal, model);
    }

    /** Tells a user sent here by {@link PasswordChangeGate} why. */
    private String passwordPage(Principal principal, Model model) {
        model.addAttribute(
                "changeRequired", users.getByEmail(principal.getName()).passwordChangeRequired());
        return "identity/password";
    }

    private String accountPage(Principal principal, Model model) {
        StaffUser user = users.getByEmail(principal.getName());
        model.addAttribute("user", user);
        model.addAttribute("tokens", tokens.tokensOf(user.id()));
        model.addAttribute("now", clock.instant());
        return "identity/account";
    }
}
