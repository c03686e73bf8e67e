package dk.samspil.identity.internal;

import dk.samspil.platform.ChoiceLabels;
import dk.samspil.platform.Roles;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
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

/** Administration of staff users (the platform limits {@code /admin/**} to administrators). */
@Controller
@RequestMapping("/admin/brugere")
class StaffUserAdminController {

    private static final String REDIRECT_LIST = "redirect:/admin/brugere";

    private final StaffUserService service;
    private final IdentityFormValidator validator;
    private final Clock clock;
    private final ChoiceLabels labels;

    StaffUserAdminController(
            StaffUserService service, IdentityFormValidator validator, Clock clock, ChoiceLabels labels) {
        this.service = service;
        this.validator = validator;
        this.clock = clock;
        this.labels = labels;
    }

    @InitBinder({"newUserForm", "editUserForm", "passwordResetForm"})
    void initBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("navSection", "admin");
        model.addAttribute("roleChoices", labels.of(Roles.STAFF, "identity.role.", locale));
        model.addAttribute("roleDescriptions", labels.of(Roles.STAFF, "identity.role.description.", locale));
        model.addAttribute("now", clock.instant());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", service.list());
        return "identity/users";
    }

    @GetMapping("/ny")
    String newUser(Model model) {
        model.addAttribute("newUserForm", NewUserForm.empty());
        return "identity/user-new";
    }

    @PostMapping("/ny")
    String create(
            @Valid NewUserForm newUserForm,
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                service.invite(newUserForm.name(), newUserForm.email(), newUserForm.roles());
                redirect.addFlashAttribute("message", "identity.users.invited");
                return REDIRECT_LIST;
            } catch (EmailAlreadyUsedException e) {
                result.rejectValue("email", "identity.user.email.taken");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "identity/user-new";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return editPage(service.get(id), model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid EditUserForm editUserForm,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                service.update(id, editUserForm.name(), editUserForm.roles());
                redirect.addFlashAttribute("message", "identity.users.updated");
                return REDIRECT_LIST;
            } catch (LastAdministratorException e) {
                result.rejectValue("roles", "identity.user.lastAdmin");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return editPage(service.get(id), model);
    }

    @PostMapping("/{id}/deaktiver")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        return changeActive(id, false, redirect);
    }

    @PostMapping("/{id}/aktiver")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        return changeActive(id, true, redirect);
    }

    @PostMapping("/{id}/invitation")
    String resendInvitation(@PathVariable long id, RedirectAttributes redirect) {
        if (service.resendInvitation(id)) {
            redirect.addFlashAttribute("message", "identity.users.invitationSent");
        } else {
            redirect.addFlashAttribute("problem", "identity.users.invitationNotSent");
        }
        return "redirect:/admin/brugere/" + id;
    }

    @PostMapping("/{id}/adgangskode")
    String resetPassword(
            @PathVariable long id,
            @Valid PasswordResetForm passwordResetForm,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editPage(service.get(id), model);
        }
        service.resetPassword(id, passwordResetForm.password());
        redirect.addFlashAttribute("message", "identity.users.passwordReset");
        return REDIRECT_LIST;
    }

    private String changeActive(long id, boolean active, RedirectAttributes redirect) {
        try {
            service.setActive(id, active);
            redirect.addFlashAttribute("message", active ? "identity.users.reactivated" : "identity.users.deactivated");
            return REDIRECT_LIST;
        } catch (LastAdministratorException e) {
            redirect.addFlashAttribute("problem", "identity.user.lastAdmin");
            return "redirect:/admin/brugere/" + id;
        }
    }

    private static String editPage(StaffUser user, Model model) {
        model.addAttribute("user", user);
        if (!model.containsAttribute("editUserForm")) {
            model.addAttribute("editUserForm", EditUserForm.of(user));
        }
        if (!model.containsAttribute("passwordResetForm")) {
            model.addAttribute("passwordResetForm", PasswordResetForm.empty());
        }
        return "identity/user-edit";
    }
}
