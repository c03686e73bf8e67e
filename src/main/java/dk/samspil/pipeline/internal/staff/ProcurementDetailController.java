package dk.samspil.pipeline.internal.staff;

import dk.samspil.codelists.CpvPicker;
import dk.samspil.pipeline.EntryPageContribution.Place;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementNotFound;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.internal.EntryPageParts;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

/** An entry with everything about it, its history, and the actions: copy and publish. */
@Controller
@RequestMapping("/intern/indkoeb/{reference}")
class ProcurementDetailController {

    private static final String DETAIL = "pipeline/staff/detail";

    private final ProcurementService procurements;
    private final CpvPicker cpvPaths;
    private final HistoryText historyText;
    private final EntryPageParts parts;

    ProcurementDetailController(
            ProcurementService procurements, CpvPicker cpvPaths, HistoryText historyText, EntryPageParts parts) {
        this.procurements = procurements;
        this.cpvPaths = cpvPaths;
        this.historyText = historyText;
        this.parts = parts;
    }

    /** The reference for the copy. */
    record CopyForm(
            @NotBlank(message = "{pipeline.error.reference.required}")
            @Size(max = 40, message = "{pipeline.staff.error.size}")
            String newReference) {}

    @InitBinder("copyForm")
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "pipeline-staff";
    }

    @GetMapping
    String show(@PathVariable String reference, Model model) {
        model.addAttribute("copyForm", new CopyForm(null));
        return detail(require(reference), model);
    }

    @PostMapping("/kopier")
    String copy(
            @PathVariable String reference,
            @Valid @ModelAttribute("copyForm") CopyForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlannedProcurement source = require(reference);
        if (!result.hasErrors()) {
            try {
                PlannedProcurement copy = procurements.duplicate(source.reference(), form.newReference());
                redirect.addFlashAttribute("notice", "pipeline.staff.notice.copied");
                return "redirect:/intern/indkoeb/" + copy.reference() + "/rediger";
            } catch (Rejected e) {
                FormErrors.reject(result, e.violations(), v -> v.field().equals("reference") ? "newReference" : null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return detail(source, model);
    }

    @PostMapping("/publicer")
    String publish(
            @PathVariable String reference, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PlannedProcurement draft = require(reference);
        try {
            procurements.publish(draft.reference());
            redirect.addFlashAttribute("notice", "pipeline.staff.notice.published");
            return "redirect:/intern/indkoeb/" + draft.reference();
        } catch (Rejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("publishErrors", e.violations());
            model.addAttribute("copyForm", new CopyForm(null));
            return detail(draft, model);
        }
    }

    private String detail(PlannedProcurement procurement, Model model) {
        List<String> codes = new ArrayList<>(procurement.details().cpvCodes());
        procurement.details().lots().stream()
                .map(Lot::cpvCode)
                .filter(Objects::nonNull)
                .forEach(codes::add);
        model.addAttribute("procurement", procurement);
        model.addAttribute("details", procurement.details());
        model.addAttribute("history", historyText.of(procurements.history(procurement.reference())));
        model.addAttribute("cpvPaths", cpvPaths.paths(codes));
        model.addAttribute("entryLinks", parts.at(Place.STAFF_LINKS, procurement));
        return DETAIL;
    }

    private PlannedProcurement require(String reference) {
        return procurements.find(reference).orElseThrow(() -> new ProcurementNotFound(reference));
    }
}
