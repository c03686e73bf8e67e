package dk.samspil.tendernews.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The phone guidance log: the form and the latest contacts. */
@Controller
@RequestMapping(GuidanceController.BASE)
class GuidanceController {

    static final String BASE = "/intern/udbud/vejledning";

    private final GuidanceService guidance;

    GuidanceController(GuidanceService guidance) {
        this.guidance = guidance;
    }

    @InitBinder
    void trim(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", GuidanceForm.empty(guidance.today()));
        }
        model.addAttribute("contacts", guidance.recent(50));
        return "tendernews/guidance";
    }

    @PostMapping
    String log(
            @Valid @ModelAttribute("form") GuidanceForm form,
            BindingResult result,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                guidance.log(form, user.getName());
                redirect.addFlashAttribute("notice", "tendernews.guidance.saved");
                return "redirect:" + BASE;
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model);
    }
}
