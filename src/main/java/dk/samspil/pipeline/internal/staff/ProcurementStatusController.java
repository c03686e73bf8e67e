package dk.samspil.pipeline.internal.staff;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementNotFound;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moving a published entry along its life cycle; drafts are published from their detail page instead. */
@Controller
@RequestMapping("/intern/indkoeb/{reference}/status")
class ProcurementStatusController {

    private static final String FORM = "pipeline/staff/status";
    private static final List<String> FIELDS = List.of("status", "reason", "tenderUrl");

    private final ProcurementService procurements;
    private final FormChoices choices;

    ProcurementStatusController(ProcurementService procurements, FormChoices choices) {
        this.procurements = procurements;
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

    @GetMapping
    String form(@PathVariable String reference, Model model) {
        model.addAttribute("form", new StatusForm(null, null, null));
        return show(require(reference), model);
    }

    @PostMapping
    String change(
            @PathVariable String reference,
            @Valid @ModelAttribute("form") StatusForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlannedProcurement procurement = require(reference);
        if (!result.hasErrors()) {
            try {
                procurements.changeStatus(
                        procurement.reference(), status(form.status()), form.reason(), form.tenderUrl());
                redirect.addFlashAttribute("notice", "pipeline.staff.notice.statusChanged");
                return "redirect:/intern/indkoeb/" + procurement.reference();
            } catch (Rejected e) {
                FormErrors.reject(result, e.violations(), FIELDS);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(procurement, model);
    }

    private static ProcurementStatus status(String name) {
        try {
            return ProcurementStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String show(PlannedProcurement procurement, Model model) {
        model.addAttribute("procurement", procurement);
        model.addAttribute(
                "statuses",
                choices.of(
                        procurement.status() == ProcurementStatus.DRAFT
                                ? List.of()
                                : procurement.status().next(),
                        "pipeline.status."));
        return FORM;
    }

    private PlannedProcurement require(String reference) {
        return procurements.find(reference).orElseThrow(() -> new ProcurementNotFound(reference));
    }
}
