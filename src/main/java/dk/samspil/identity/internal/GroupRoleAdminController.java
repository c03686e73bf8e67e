package dk.samspil.identity.internal;

import dk.samspil.identity.SingleSignOnProperties;
import dk.samspil.platform.ChoiceLabels;
import dk.samspil.platform.Roles;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The single sign-on group mapping at {@code /admin/grupper} (the platform limits {@code /admin/**} to administrators). */
@Controller
@RequestMapping("/admin/grupper")
class GroupRoleAdminController {

    private static final String REDIRECT_LIST = "redirect:/admin/grupper";

    private final GroupRoleService service;
    private final ChoiceLabels labels;
    private final SingleSignOnProperties properties;
    private final SingleSignOnLogin singleSignOn;

    GroupRoleAdminController(
            GroupRoleService service,
            ChoiceLabels labels,
            SingleSignOnProperties properties,
            SingleSignOnLogin singleSignOn) {
        this.service = service;
        this.labels = labels;
        this.properties = properties;
        this.singleSignOn = singleSignOn;
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("navSection", "admin");
        model.addAttribute("roleChoices", labels.of(Roles.STAFF, "identity.role.", locale));
        model.addAttribute("roleClaim", properties.roleClaim());
        model.addAttribute(
                "providerNames",
                singleSignOn.providers().stream().map(p -> p.getClientName()).toList());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("groupRoleForm", GroupRoleForm.empty());
        model.addAttribute("mappings", service.list());
        return "identity/groups";
    }

    @PostMapping
    String add(
            @Valid GroupRoleForm groupRoleForm,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("role") && !Roles.STAFF.contains(groupRoleForm.role())) {
            result.rejectValue("role", "identity.user.roles.unknown");
        }
        if (!result.hasErrors()) {
            try {
                service.add(groupRoleForm.group(), groupRoleForm.role());
                redirect.addFlashAttribute("message", "identity.groups.added");
                return REDIRECT_LIST;
            } catch (GroupRoleService.DuplicateGroupRoleException e) {
                result.rejectValue("group", "identity.groups.duplicate");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("mappings", service.list());
        return "identity/groups";
    }

    @PostMapping("/{id}/fjern")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        service.remove(id);
        redirect.addFlashAttribute("message", "identity.groups.removed");
        return REDIRECT_LIST;
    }
}
