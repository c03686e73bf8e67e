package dk.samspil.pipeline.internal.importing;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import page: upload a plan, see every row and error, then store the rows as drafts or nothing. */
@Controller
@RequestMapping("/intern/indkoeb/import")
class PlanImportController {

    private static final String UUID_PATTERN =
            "{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    private final PlanImport planImport;

    PlanImportController(PlanImport planImport) {
        this.planImport = planImport;
    }

    @GetMapping
    String form(
            @RequestParam(name = "fejl", required = false) String error, Model model, HttpServletResponse response) {
        if ("stor".equals(error)) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return form(
                    model,
                    List.of(ImportError.ofFile(
                            "pipeline.import.error.tooLarge", planImport.maxBytes() / (1024 * 1024))));
        }
        return form(model, List.of());
    }

    @PostMapping
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Authentication user,
            Model model,
            HttpServletResponse response) {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, List.of(ImportError.ofFile("pipeline.import.error.noFile")));
        }
        try {
            planImport.checkSize(file.getSize());
            UUID id = planImport.upload(user.getName(), file.getOriginalFilename(), file.getBytes());
            return "redirect:/intern/indkoeb/import/" + id;
        } catch (PlanFileRejected e) {
            boolean tooLarge =
                    e.errors().stream().anyMatch(err -> err.messageKey().equals("pipeline.import.error.tooLarge"));
            response.setStatus(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileName", file.getOriginalFilename());
            return form(model, e.errors());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/" + UUID_PATTERN)
    String preview(@PathVariable UUID id, Authentication user, Model model, HttpServletResponse response) {
        try {
            return preview(model, planImport.preview(id, user.getName()), null);
        } catch (PlanImport.BatchNotFound e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return form(model, List.of(ImportError.ofFile("pipeline.import.error.batchGone")));
        }
    }

    @PostMapping("/" + UUID_PATTERN)
    String confirm(
            @PathVariable UUID id,
            @RequestParam(name = "mode", defaultValue = "all") String mode,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            List<PlannedProcurement> created = planImport.confirm(id, user.getName(), "valid".equals(mode));
            redirect.addFlashAttribute("imported", created.size());
            redirect.addFlashAttribute(
                    "importedReferences",
                    created.stream().map(PlannedProcurement::reference).toList());
            return "redirect:/intern/indkoeb/import";
        } catch (PlanImport.BatchNotFound e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return form(model, List.of(ImportError.ofFile("pipeline.import.error.batchGone")));
        } catch (PlanImport.RowsHaveErrors e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return preview(model, planImport.preview(id, user.getName()), "pipeline.import.refused.errors");
        } catch (PlanImport.NoValidRows e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return preview(model, planImport.preview(id, user.getName()), "pipeline.import.refused.noValidRows");
        } catch (Rejected e) {
            // Someone took a reference between the preview and the confirmation: the preview now shows it.
            response.setStatus(HttpStatus.CONFLICT.value());
            return preview(model, planImport.preview(id, user.getName()), "pipeline.import.refused.changed");
        }
    }

    private String form(Model model, List<ImportError> errors) {
        model.addAttribute("navSection", "pipeline-staff");
        model.addAttribute("errors", errors);
        model.addAttribute("maxRows", planImport.maxRows());
        model.addAttribute("maxMegabytes", planImport.maxBytes() / (1024 * 1024));
        return "pipeline/import/form";
    }

    private String preview(Model model, PlanImport.Preview preview, String refusal) {
        model.addAttribute("navSection", "pipeline-staff");
        model.addAttribute("preview", preview);
        model.addAttribute("refusal", refusal);
        return "pipeline/import/preview";
    }
}
