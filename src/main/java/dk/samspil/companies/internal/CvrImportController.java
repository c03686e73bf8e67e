package dk.samspil.companies.internal;

import dk.samspil.companies.CompaniesProperties;
import dk.samspil.platform.KeptUploads;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CVR import page for administrators: upload a file, see per document what importing it would do (nothing is
 * written), then import it all or nothing (or only the valid documents); every import is listed with its result and
 * can be undone once.
 */
@Controller
@RequestMapping(CvrImportController.BASE)
class CvrImportController {

    static final String BASE = CompanyController.BASE + "/import";
    static final String PURPOSE = "companies.cvr";
    private static final String UUID_PATTERN =
            "{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";
    private static final int LISTED_IMPORTS = 20;
    /** Lines of each outcome the preview shows; the counts are complete. */
    static final int SHOWN = 200;

    /** A preview line as the page shows it: changed fields and the refusal's reason in words. */
    record ShownLine(long line, String cvr, String name, List<String> fieldKeys, String reason) {}

    private final CvrImport cvrImport;
    private final CvrImportUndo undo;
    private final KeptUploads uploads;
    private final CompaniesProperties properties;
    private final MessageSource messages;

    CvrImportController(
            CvrImport cvrImport,
            CvrImportUndo undo,
            KeptUploads uploads,
            CompaniesProperties properties,
            MessageSource messages) {
        this.cvrImport = cvrImport;
        this.undo = undo;
        this.uploads = uploads;
        this.properties = properties;
        this.messages = messages;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "companies";
    }

    /** An upload far over the limit, turned away before it was read (platform {@code UploadSizeLimit}). */
    static final String TOO_LARGE = "fejl=stor";

    @GetMapping
    String page(
            @RequestParam(name = "fejl", required = false) @Nullable String error,
            Model model,
            HttpServletResponse response) {
        if ("stor".equals(error)) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return page(model, "companies.cvrImport.error.tooLarge");
        }
        return page(model, null);
    }

    @PostMapping
    String upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Authentication user,
            Model model,
            HttpServletResponse response) {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, "companies.cvrImport.error.noFile");
        }
        if (file.getSize() > properties.importUpload().maxBytes().toBytes()) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return page(model, "companies.cvrImport.error.tooLarge");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            cvrImport.checkShape(content);
        } catch (CvrDocuments.NotACvrFile e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, "companies.cvrImport.error.notCvr");
        }
        UUID id = uploads.keep(
                PURPOSE,
                user.getName(),
                file.getOriginalFilename(),
                content,
                properties.importUpload().previewLifetime());
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/" + UUID_PATTERN)
    String preview(
            @PathVariable UUID id, Authentication user, Locale locale, Model model, HttpServletResponse response) {
        KeptUploads.Upload upload = uploads.find(PURPOSE, id, user.getName()).orElse(null);
        if (upload == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(model, "companies.cvrImport.error.gone");
        }
        return preview(upload, locale, model, null, response);
    }

    @PostMapping("/" + UUID_PATTERN)
    String confirm(
            @PathVariable UUID id,
            @RequestParam(name = "mode", defaultValue = "all") String mode,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        KeptUploads.Upload upload = uploads.find(PURPOSE, id, user.getName()).orElse(null);
        if (upload == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(model, "companies.cvrImport.error.gone");
        }
        try {
            CvrImport.Report report = cvrImport.importChecked(
                    upload.content(), CvrImport.Origin.UPLOAD, user.getName(), upload.fileName(), "valid".equals(mode));
            uploads.forget(upload.id());
            redirect.addFlashAttribute("imported", report.tally());
            return "redirect:" + BASE;
        } catch (CvrImport.HasRefused e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return preview(upload, locale, model, "companies.cvrImport.refused.errors", response);
        } catch (CvrImport.NothingValid e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return preview(upload, locale, model, "companies.cvrImport.refused.nothingValid", response);
        } catch (CvrDocuments.NotACvrFile e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, "companies.cvrImport.error.notCvr");
        }
    }

    @PostMapping("/koersler/{importId}/fortryd")
    String undo(
            @PathVariable long importId,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            CvrImportUndo.Undone undone = undo.undo(importId, user.getName());
            redirect.addFlashAttribute("undone", undone);
            return "redirect:" + BASE;
        } catch (CvrImportUndo.NotFound e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(model, "companies.cvrImport.undo.notFound");
        } catch (CvrImportUndo.AlreadyUndone e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, "companies.cvrImport.undo.already");
        } catch (CvrImportUndo.LaterImportFirst e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("laterImport", e.later());
            return page(model, "companies.cvrImport.undo.laterFirst");
        }
    }

    private String page(Model model, @Nullable String error) {
        model.addAttribute("error", error);
        model.addAttribute("imports", undo.recent(LISTED_IMPORTS));
        model.addAttribute("maxMegabytes", properties.importUpload().maxBytes().toMegabytes());
        return "companies/import/page";
    }

    private String preview(
            KeptUploads.Upload upload,
            Locale locale,
            Model model,
            @Nullable String refusal,
            HttpServletResponse response) {
        CvrImport.Report report;
        try {
            report = cvrImport.preview(new ByteArrayInputStream(upload.content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CvrDocuments.NotACvrFile e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, "companies.cvrImport.error.notCvr");
        }
        model.addAttribute("upload", upload);
        model.addAttribute("counts", report.tally());
        model.addAttribute("created", shown(report, CvrImport.Outcome.CREATED, locale));
        model.addAttribute("changed", shown(report, CvrImport.Outcome.CHANGED, locale));
        model.addAttribute("refused", shown(report, CvrImport.Outcome.REFUSED, locale));
        model.addAttribute("shown", SHOWN);
        model.addAttribute("refusal", refusal);
        return "companies/import/preview";
    }

    private List<ShownLine> shown(CvrImport.Report report, CvrImport.Outcome outcome, Locale locale) {
        return report.listed(outcome).stream()
                .limit(SHOWN)
                .map(line -> new ShownLine(
                        line.line(),
                        line.cvr(),
                        line.name(),
                        line.fields().stream()
                                .map(field -> "companies.cvrImport.field." + field)
                                .toList(),
                        line.reason(messages, locale)))
                .toList();
    }
}
