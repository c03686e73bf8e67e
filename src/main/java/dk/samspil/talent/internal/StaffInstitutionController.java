package dk.samspil.talent.internal;

import dk.samspil.platform.ChoiceLabels;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import dk.samspil.talent.TalentProperties;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consultants keep the institutions: their names, the fields they follow and their users' addresses. */
@Controller
class StaffInstitutionController {

    private final InstitutionService institutions;
    private final ChoiceLabels labels;
    private final TalentProperties properties;

    StaffInstitutionController(InstitutionService institutions, ChoiceLabels labels, TalentProperties properties) {
        this.institutions = institutions;
        this.labels = labels;
        this.properties = properties;
    }

    @GetMapping("/intern/talent/institutioner")
    String list(Model model) {
        model.addAttribute("institutions", institutions.institutions());
        model.addAttribute("navSection", "talent-staff");
        return "talent/institutions";
    }

    @GetMapping("/intern/talent/institutioner/ny")
    String newForm(Model model, Locale locale) {
        model.addAttribute("institutionForm", InstitutionForm.empty());
        return formPage(null, model, locale);
    }

    @PostMapping("/intern/talent/institutioner/ny")
    String create(
            @Valid @ModelAttribute InstitutionForm institutionForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                institutions.createInstitution(institutionForm);
                redirect.addFlashAttribute("success", "talent.institution.saved");
                return "redirect:/intern/talent/institutioner";
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return formPage(null, model, locale);
    }

    @GetMapping("/intern/talent/institutioner/{id}")
    String editForm(@PathVariable long id, Model model, Locale locale, HttpServletResponse response) {
        Optional<Institution> institution = institutions.institution(id);
        if (institution.isEmpty()) {
            return PublicTalentController.message("talent.institution.notFound", model, response, HttpStatus.NOT_FOUND);
        }
        model.addAttribute("institutionForm", InstitutionForm.of(institution.get()));
        return formPage(id, model, locale);
    }

    @PostMapping("/intern/talent/institutioner/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute InstitutionForm institutionForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (institutions.institution(id).isEmpty()) {
            return PublicTalentController.message("talent.institution.notFound", model, response, HttpStatus.NOT_FOUND);
        }
        if (!result.hasErrors()) {
            try {
                institutions.updateInstitution(id, institutionForm);
                redirect.addFlashAttribute("success", "talent.institution.saved");
                return "redirect:/intern/talent/institutioner";
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return formPage(id, model, locale);
    }

    private String formPage(Long id, Model model, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        properties.institutions().forEach(name -> names.put(name, name));
        model.addAttribute("institutionId", id);
        model.addAttribute("nameChoices", names);
        model.addAttribute("fieldChoices", labels.of(List.of(Choices.StudyField.values()), "talent.field.", locale));
        model.addAttribute("navSection", "talent-staff");
        return "talent/institution-form";
    }
}
