package dk.samspil.organisation.internal;

import dk.samspil.organisation.OrganisationService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
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

/** The administrator's overview of the organisation and the forms for the municipality and the business centre. */
@Controller
@RequestMapping("/admin/organisation")
class OrganisationAdminController {

    static final String OVERVIEW = "/admin/organisation";

    private final OrganisationService organisation;
    private final OrganisationAdministration administration;

    OrganisationAdminController(OrganisationService organisation, OrganisationAdministration administration) {
        this.organisation = organisation;
        this.administration = administration;
    }

    @InitBinder
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "admin";
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("centre", organisation.businessCentre().orElse(null));
        model.addAttribute("units", organisation.allBuyingUnits());
        return "admin/organisation/overview";
    }

    @GetMapping("/kommune")
    String editMunicipality(Model model) {
        model.addAttribute(
                "form", organisation.municipality().map(MunicipalityForm::of).orElseGet(MunicipalityForm::empty));
        return "admin/organisation/municipality";
    }

    @PostMapping("/kommune")
    String saveMunicipality(
            @Valid @ModelAttribute("form") MunicipalityForm form,
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "admin/organisation/municipality";
        }
        administration.saveMunicipality(form.toMunicipality());
        redirect.addFlashAttribute("notice", "organisation.notice.municipality");
        return "redirect:" + OVERVIEW;
    }

    @GetMapping("/erhvervscenter")
    String editBusinessCentre(Model model) {
        model.addAttribute(
                "form",
                organisation.businessCentre().map(BusinessCentreForm::of).orElseGet(BusinessCentreForm::empty));
        return "admin/organisation/business-centre";
    }

    @PostMapping("/erhvervscenter")
    String saveBusinessCentre(
            @Valid @ModelAttribute("form") BusinessCentreForm form,
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "admin/organisation/business-centre";
        }
        administration.saveBusinessCentre(form.toBusinessCentre());
        redirect.addFlashAttribute("notice", "organisation.notice.businessCentre");
        return "redirect:" + OVERVIEW;
    }
}
