package dk.samspil.organisation.internal;

import dk.samspil.organisation.BuyingUnit;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, editing, deactivating and reactivating buying units. */
@Controller
@RequestMapping("/admin/organisation/indkoebsenheder")
class BuyingUnitAdminController {

    private static final String FORM = "admin/organisation/buying-unit";

    private final OrganisationService organisation;
    private final OrganisationAdministration administration;

    BuyingUnitAdminController(OrganisationService organisation, OrganisationAdministration administration) {
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

    @GetMapping("/ny")
    String add(Model model) {
        model.addAttribute("form", BuyingUnitForm.empty());
        return FORM;
    }

    @PostMapping("/ny")
    String create(
            @Valid @ModelAttribute("form") BuyingUnitForm form,
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.createBuyingUnit(form.toUnitData());
                redirect.addFlashAttribute("notice", "organisation.notice.unitCreated");
                return "redirect:" + OrganisationAdminController.OVERVIEW;
            } catch (DuplicateUnitException e) {
                rejectDuplicate(result, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return FORM;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        BuyingUnit unit = unit(id);
        model.addAttribute("unit", unit);
        model.addAttribute("form", BuyingUnitForm.of(unit));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") BuyingUnitForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (!administration.updateBuyingUnit(id, form.toUnitData())) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                redirect.addFlashAttribute("notice", "organisation.notice.unitUpdated");
                return "redirect:" + OrganisationAdminController.OVERVIEW;
            } catch (DuplicateUnitException e) {
                rejectDuplicate(result, e);
            }
        }
        model.addAttribute("unit", unit(id));
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return FORM;
    }

    @PostMapping("/{id}/deaktiver")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        return activation(id, false, "organisation.notice.unitDeactivated", redirect);
    }

    @PostMapping("/{id}/aktiver")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        return activation(id, true, "organisation.notice.unitActivated", redirect);
    }

    private String activation(long id, boolean active, String notice, RedirectAttributes redirect) {
        if (!administration.setActive(id, active)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + OrganisationAdminController.OVERVIEW;
    }

    private BuyingUnit unit(long id) {
        return organisation.buyingUnit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void rejectDuplicate(BindingResult result, DuplicateUnitException e) {
        if (e.field() == DuplicateUnitException.Field.CODE) {
            result.rejectValue("code", "organisation.unit.code.taken");
        } else {
            result.rejectValue("name", "organisation.unit.name.taken");
        }
    }
}
