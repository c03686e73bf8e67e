package dk.samspil.pipeline.internal.staff;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicationsRejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing the drafts ticked on the plan list: the GET shows what will be published and what stands in the way,
 * the POST publishes all of them or, when any cannot be published, none.
 */
@Controller
@RequestMapping("/intern/indkoeb/publicer")
class BulkPublishController {

    private static final String PAGE = "pipeline/staff/bulk-publish";
    /** More than a page of the plan list; a longer selection is refused rather than shown. */
    private static final int MAX = 200;

    private final ProcurementService procurements;

    BulkPublishController(ProcurementService procurements) {
        this.procurements = procurements;
    }

    /** One chosen entry: its title when it exists, and why it cannot be published (empty when it can). */
    record Choice(String reference, String title, List<Violation> problems) {}

    @ModelAttribute("navSection")
    String navSection() {
        return "pipeline-staff";
    }

    @GetMapping
    String confirm(
            @RequestParam(name = "ref", required = false) List<String> references,
            Model model,
            HttpServletResponse response) {
        List<String> chosen = chosen(references);
        if (chosen.isEmpty() || chosen.size() > MAX) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return show(chosen, false, model);
    }

    @PostMapping
    String publish(
            @RequestParam(name = "ref", required = false) List<String> references,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<String> chosen = chosen(references);
        if (!chosen.isEmpty() && chosen.size() <= MAX) {
            try {
                List<PlannedProcurement> published = procurements.publishAll(chosen);
                redirect.addFlashAttribute(
                        "bulkPublished",
                        published.stream().map(PlannedProcurement::reference).toList());
                return "redirect:/intern/indkoeb";
            } catch (PublicationsRejected e) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return show(chosen, true, model);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return show(chosen, false, model);
    }

    private String show(List<String> chosen, boolean refused, Model model) {
        List<Choice> choices = chosen.size() > MAX
                ? List.of()
                : procurements.publicationProblems(chosen).entrySet().stream()
                        .map(e -> choice(e.getKey(), e.getValue()))
                        .toList();
        model.addAttribute("choices", choices);
        model.addAttribute("tooMany", chosen.size() > MAX);
        model.addAttribute("max", MAX);
        model.addAttribute(
                "blocked", choices.stream().filter(c -> !c.problems().isEmpty()).toList());
        model.addAttribute("refused", refused);
        return PAGE;
    }

    private Choice choice(String reference, List<Violation> problems) {
        Optional<PlannedProcurement> entry = procurements.find(reference);
        return new Choice(
                entry.map(PlannedProcurement::reference).orElse(reference),
                entry.map(p -> p.details().title()).orElse(null),
                problems);
    }

    private static List<String> chosen(List<String> references) {
        return references == null
                ? List.of()
                : references.stream()
                        .filter(r -> r != null && !r.isBlank())
                        .map(String::trim)
                        .distinct()
                        .toList();
    }
}
