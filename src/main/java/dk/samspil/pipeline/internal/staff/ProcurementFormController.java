package dk.samspil.pipeline.internal.staff;

import dk.samspil.codelists.CpvPicker;
import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.ContractType;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementNotFound;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing a planned procurement. The add-lot submit button ({@code addLot}) shows the
 * form again with one more empty lot row, so adding lots needs no JavaScript.
 */
@Controller
@RequestMapping("/intern/indkoeb")
class ProcurementFormController {

    private static final String FORM = "pipeline/staff/form";

    private final ProcurementService procurements;
    private final OrganisationService organisation;
    private final CpvPicker cpvPaths;
    private final FormChoices choices;

    ProcurementFormController(
            ProcurementService procurements,
            OrganisationService organisation,
            CpvPicker cpvPaths,
            FormChoices choices) {
        this.procurements = procurements;
        this.organisation = organisation;
        this.cpvPaths = cpvPaths;
        this.choices = choices;
    }

    @InitBinder("form")
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "pipeline-staff";
    }

    @GetMapping("/ny")
    String add(Model model) {
        Optional<Municipality> municipality = organisation.municipality();
        ProcurementForm form = ProcurementFormMapper.empty(
                municipality.map(Municipality::nutsCode).orElse(null));
        return show(suggestedReference(municipality).map(form::withReference).orElse(form), null, model);
    }

    /** The next free reference with the organisation's prefix, when an administrator has set one. */
    private Optional<String> suggestedReference(Optional<Municipality> municipality) {
        return municipality
                .map(Municipality::referencePrefix)
                .filter(prefix -> !prefix.isBlank())
                .map(procurements::nextReference);
    }

    @PostMapping("/ny")
    String create(
            @Valid @ModelAttribute("form") ProcurementForm form,
            BindingResult result,
            @RequestParam(required = false) String addLot,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (addLot != null) {
            return show(form.withEmptyLots(1), null, model);
        }
        if (form.reference() == null) {
            result.rejectValue("reference", "pipeline.error.reference.required");
        }
        Optional<ProcurementDetails> details = details(form, result);
        if (details.isPresent()) {
            try {
                PlannedProcurement created = procurements.createDraft(form.reference(), details.get());
                redirect.addFlashAttribute("notice", "pipeline.staff.notice.created");
                return "redirect:/intern/indkoeb/" + created.reference();
            } catch (Rejected e) {
                ProcurementFormMapper.reject(result, e.violations(), form);
            }
        }
        return rejected(form, null, model, response);
    }

    @GetMapping("/{reference}/rediger")
    String edit(@PathVariable String reference, Model model) {
        PlannedProcurement procurement = require(reference);
        return show(ProcurementFormMapper.toForm(procurement.reference(), procurement.details()), procurement, model);
    }

    @PostMapping("/{reference}/rediger")
    String update(
            @PathVariable String reference,
            @Valid @ModelAttribute("form") ProcurementForm form,
            BindingResult result,
            @RequestParam(required = false) String addLot,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlannedProcurement procurement = require(reference);
        if (addLot != null) {
            return show(form.withEmptyLots(1), procurement, model);
        }
        Optional<ProcurementDetails> details = details(form, result);
        if (details.isPresent()) {
            try {
                procurements.update(procurement.reference(), details.get(), form.reason());
                redirect.addFlashAttribute("notice", "pipeline.staff.notice.updated");
                return "redirect:/intern/indkoeb/" + procurement.reference();
            } catch (Rejected e) {
                ProcurementFormMapper.reject(result, e.violations(), form);
            }
        }
        return rejected(form, procurement, model, response);
    }

    private static Optional<ProcurementDetails> details(ProcurementForm form, BindingResult result) {
        return result.hasErrors() ? Optional.empty() : ProcurementFormMapper.toDetails(form, result);
    }

    private String rejected(
            ProcurementForm form, PlannedProcurement procurement, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        addChoices(form, procurement, model);
        return FORM;
    }

    private String show(ProcurementForm form, PlannedProcurement procurement, Model model) {
        model.addAttribute("form", form);
        addChoices(form, procurement, model);
        return FORM;
    }

    private void addChoices(ProcurementForm form, PlannedProcurement procurement, Model model) {
        model.addAttribute("procurement", procurement);
        if (procurement == null) {
            model.addAttribute(
                    "suggestedReference",
                    suggestedReference(organisation.municipality()).orElse(null));
        }
        model.addAttribute("units", FormChoices.units(organisation.buyingUnits()));
        model.addAttribute("contractTypes", choices.of(List.of(ContractType.values()), "pipeline.contractType."));
        model.addAttribute("procedures", choices.of(List.of(ProcurementProcedure.values()), "pipeline.procedure."));
        model.addAttribute(
                "valueKinds", choices.of(List.of(EstimatedValue.Kind.values()), "pipeline.staff.valueKind."));
        List<String> additional = form.additionalCpv() == null
                ? List.of()
                : Arrays.asList(form.additionalCpv().split("[\\s,;]+"));
        List<String> codes = new ArrayList<>(additional);
        codes.add(form.mainCpv());
        form.lots().forEach(lot -> codes.add(lot.cpvCode()));
        model.addAttribute("additionalCpvCodes", additional);
        model.addAttribute("cpvPaths", cpvPaths.paths(codes));
    }

    private PlannedProcurement require(String reference) {
        return procurements.find(reference).orElseThrow(() -> new ProcurementNotFound(reference));
    }
}
