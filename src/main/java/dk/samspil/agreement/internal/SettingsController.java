package dk.samspil.agreement.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator configures the focus groups and areas and picks indicators from the catalogue. */
@Controller
class SettingsController {

    private final FocusService focus;
    private final AgreementService agreements;
    private final AgreementPages pages;

    SettingsController(FocusService focus, AgreementService agreements, AgreementPages pages) {
        this.focus = focus;
        this.agreements = agreements;
        this.pages = pages;
    }

    @GetMapping(AgreementPages.SETTINGS)
    String settings(Model model, Authentication user, Locale locale) {
        pages.common(model, user, locale);
        List<FocusService.Group> groups = focus.groups();
        model.addAttribute("groups", groups);
        Map<String, String> groupChoices = groups.stream()
                .collect(Collectors.toMap(
                        g -> String.valueOf(g.id()),
                        FocusService.Group::name,
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
        model.addAttribute("groupChoices", groupChoices);
        if (!model.containsAttribute("groupForm")) {
            model.addAttribute("groupForm", new SettingsForms.GroupForm(""));
        }
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute("renameForm", new SettingsForms.RenameForm(null, ""));
        }
        if (!model.containsAttribute("areaForm")) {
            model.addAttribute("areaForm", new SettingsForms.AreaForm(null, "", ""));
        }
        if (!model.containsAttribute("indicatorForm")) {
            model.addAttribute("indicatorForm", new IndicatorForm(null, null, "", "", null));
        }
        return "agreement/settings";
    }

    private String refuse(Model model, Authentication user, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return settings(model, user, locale);
    }

    @PostMapping(AgreementPages.SETTINGS + "/grupper")
    String addGroup(
            @Valid @ModelAttribute SettingsForms.GroupForm groupForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return refuse(model, user, locale, response);
        }
        focus.addGroup(groupForm.groupName());
        redirect.addFlashAttribute("success", "agreement.settings.saved");
        return "redirect:" + AgreementPages.SETTINGS;
    }

    @PostMapping(AgreementPages.SETTINGS + "/grupper/navn")
    String renameGroup(
            @Valid @ModelAttribute SettingsForms.RenameForm renameForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (renameForm.groupId() != null && !focus.groupExists(renameForm.groupId())) {
            FormErrors.reject(result, List.of(new Violation("groupId", "agreement.group.required")));
        }
        if (result.hasErrors()) {
            return refuse(model, user, locale, response);
        }
        focus.renameGroup(renameForm.groupId(), renameForm.newName());
        redirect.addFlashAttribute("success", "agreement.settings.saved");
        return "redirect:" + AgreementPages.SETTINGS;
    }

    @PostMapping(AgreementPages.SETTINGS + "/omraader")
    String addArea(
            @Valid @ModelAttribute SettingsForms.AreaForm areaForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (areaForm.areaGroupId() != null && !focus.groupExists(areaForm.areaGroupId())) {
            FormErrors.reject(result, List.of(new Violation("areaGroupId", "agreement.group.required")));
        }
        if (result.hasErrors()) {
            return refuse(model, user, locale, response);
        }
        focus.addArea(
                areaForm.areaGroupId(),
                areaForm.areaName(),
                areaForm.areaDescription() == null ? "" : areaForm.areaDescription());
        redirect.addFlashAttribute("success", "agreement.settings.saved");
        return "redirect:" + AgreementPages.SETTINGS;
    }

    @PostMapping(AgreementPages.SETTINGS + "/indikatorer")
    String addIndicator(
            @Valid @ModelAttribute IndicatorForm indicatorForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (indicatorForm.indicatorAreaId() != null && !agreements.focusAreaExists(indicatorForm.indicatorAreaId())) {
            FormErrors.reject(result, List.of(new Violation("indicatorAreaId", "agreement.focusArea.unknown")));
        }
        if (!result.hasErrors()) {
            try {
                focus.addIndicator(indicatorForm);
                redirect.addFlashAttribute("success", "agreement.settings.saved");
                return "redirect:" + AgreementPages.SETTINGS;
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        return refuse(model, user, locale, response);
    }
}
