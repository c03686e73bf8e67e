package dk.samspil.tendernews.internal;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.platform.KeptUploads;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import dk.samspil.tendernews.TenderNewsProperties;
import dk.samspil.tendernews.internal.NoticeQueries.Filter;
import dk.samspil.tendernews.internal.NoticeQueries.NoticeRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of notices: the list with filters, a notice's page (fields, lots, winners, changes, its link to a
 * pipeline entry with the suggestions), the upload with a preview before anything is stored, and an entry's notices
 * with the notice ID its tender is expected under.
 */
@Controller
@RequestMapping(TenderNewsRoutes.STAFF)
class NoticePages {

    static final String UPLOAD = "/upload";
    /** An upload far over the limit, turned away before it was read (platform {@code UploadSizeLimit}). */
    static final String TOO_LARGE = "fejl=stor";

    static final String PURPOSE = "tendernews-notice";
    /** The staff upload goes through the servlet container's multipart limit (20 MB), below the API's. */
    static final long UPLOAD_LIMIT = 18L * 1024 * 1024;

    private static final int LIST_LIMIT = 200;

    @org.springframework.web.bind.annotation.ModelAttribute("navSection")
    String navSection() {
        return "tendernews-staff";
    }

    private final NoticeQueries queries;
    private final NoticeLinks links;
    private final NoticeSuggestions suggestions;
    private final NoticeImporter importer;
    private final PipelineLink pipeline;
    private final KeptUploads uploads;
    private final TenderNewsProperties properties;

    NoticePages(
            NoticeQueries queries,
            NoticeLinks links,
            NoticeSuggestions suggestions,
            NoticeImporter importer,
            PipelineLink pipeline,
            KeptUploads uploads,
            TenderNewsProperties properties) {
        this.queries = queries;
        this.links = links;
        this.suggestions = suggestions;
        this.importer = importer;
        this.pipeline = pipeline;
        this.uploads = uploads;
        this.properties = properties;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String linked,
            @RequestParam(required = false) @Nullable String buyer,
            Model model) {
        Notice.Kind chosenKind = Arrays.stream(Notice.Kind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
        Boolean chosenLinked = "ja".equals(linked) ? Boolean.TRUE : "nej".equals(linked) ? Boolean.FALSE : null;
        Filter filter = new Filter(q, chosenKind, chosenLinked, buyer);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", Notice.Kind.values());
        model.addAttribute("linkedChoice", chosenLinked == null ? "" : linked);
        model.addAttribute("notices", queries.list(filter, LIST_LIMIT));
        model.addAttribute("limit", LIST_LIMIT);
        return "tendernews/notices";
    }

    @GetMapping("/{id}")
    String notice(@PathVariable long id, Model model) {
        NoticeRow notice = queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var lots = queries.lots(id);
        model.addAttribute("notice", notice);
        model.addAttribute("lots", lots);
        model.addAttribute("winners", queries.winners(id));
        model.addAttribute("changes", queries.changes(notice));
        model.addAttribute(
                "changedRow",
                notice.isChange()
                        ? queries.rowOf(notice.changesNoticeId(), notice.changesVersion())
                                .orElse(null)
                        : null);
        Optional<PlannedProcurement> entry =
                notice.linked() ? pipeline.publicEntry(notice.procurementReference()) : Optional.empty();
        model.addAttribute("entry", entry.orElse(null));
        model.addAttribute("ownBuyer", suggestions.ownBuyer(notice));
        model.addAttribute(
                "suggestions", notice.linked() || notice.isChange() ? List.of() : suggestions.forNotice(notice, lots));
        return "tendernews/notice";
    }

    @PostMapping("/{id}/knyt")
    String link(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String reference,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NoticeRow notice = queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            if (notice.isChange()) {
                throw new Rejected(new Violation("reference", "tendernews.link.error.change"));
            }
            links.linkByHand(id, reference);
            redirect.addFlashAttribute("saved", "tendernews.notice.linked");
            return "redirect:" + TenderNewsRoutes.STAFF + "/" + id;
        } catch (Rejected rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("linkError", rejected.violations().get(0).messageKey());
            model.addAttribute("reference", reference);
            return notice(id, model);
        }
    }

    @PostMapping("/{id}/fjern-kobling")
    String unlink(@PathVariable long id, RedirectAttributes redirect) {
        queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        NoticeLinks.Unlinked unlinked = links.unlink(id);
        redirect.addFlashAttribute(
                "saved",
                unlinked == NoticeLinks.Unlinked.STATUS_RESTORED
                        ? "tendernews.notice.unlinkedRestored"
                        : "tendernews.notice.unlinkedSaved");
        return "redirect:" + TenderNewsRoutes.STAFF + "/" + id;
    }

    @GetMapping(UPLOAD)
    String uploadForm(
            @RequestParam(name = "fejl", required = false) @Nullable String error,
            Model model,
            HttpServletResponse response) {
        if ("stor".equals(error)) {
            // an upload far over the limit, turned away before it was read (TenderNewsRoutes' UploadSizeLimit)
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            model.addAttribute("uploadError", "tendernews.upload.tooLarge");
        }
        model.addAttribute("maxMegabytes", UPLOAD_LIMIT / (1024 * 1024));
        return "tendernews/upload";
    }

    @PostMapping(UPLOAD)
    String preview(
            @RequestParam(required = false) @Nullable MultipartFile file,
            Authentication user,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw NoticeXml.refused("tendernews.notice.empty");
            }
            if (file.getSize() > UPLOAD_LIMIT) {
                throw new Rejected(new Violation("file", "tendernews.upload.tooLarge"));
            }
            byte[] content = file.getBytes();
            Notice notice = importer.read(content);
            UUID id = uploads.keep(PURPOSE, user.getName(), file.getOriginalFilename(), content, Duration.ofHours(2));
            model.addAttribute("preview", notice);
            model.addAttribute("uploadId", id);
            model.addAttribute("fileName", file.getOriginalFilename());
            return "tendernews/upload";
        } catch (Rejected rejected) {
            Violation first = rejected.violations().get(0);
            response.setStatus(
                    "tendernews.upload.tooLarge".equals(first.messageKey())
                            ? HttpStatus.CONTENT_TOO_LARGE.value()
                            : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("uploadError", first.messageKey());
            if (!first.arguments().isEmpty()) {
                model.addAttribute("uploadErrorArguments", first.arguments());
            }
            return uploadForm(null, model, response);
        }
    }

    @PostMapping(UPLOAD + "/{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}")
    String store(
            @PathVariable UUID id,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        KeptUploads.Upload upload = uploads.find(PURPOSE, id, user.getName()).orElse(null);
        if (upload == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("uploadError", "tendernews.upload.expired");
            return uploadForm(null, model, response);
        }
        ImportOutcome outcome = importer.importNotice(upload.content(), NoticeSource.UPLOAD);
        uploads.forget(id);
        redirect.addFlashAttribute(
                "saved", outcome.duplicate() ? "tendernews.upload.duplicate" : "tendernews.upload.stored");
        return "redirect:" + TenderNewsRoutes.STAFF + "/" + outcome.rowId();
    }

    @GetMapping("/indkoeb/{reference}")
    String entry(@PathVariable String reference, Model model) {
        PlannedProcurement entry =
                pipeline.publicEntry(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("entry", entry);
        model.addAttribute("notices", queries.linkedTo(entry.reference()));
        if (!model.containsAttribute("noticeId")) {
            model.addAttribute(
                    "noticeId", links.expectedNoticeId(entry.reference()).orElse(""));
        }
        return "tendernews/entry";
    }

    @PostMapping("/indkoeb/{reference}")
    String expect(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable String noticeId,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pipeline.publicEntry(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            links.expect(reference, noticeId, user.getName());
            redirect.addFlashAttribute("saved", "tendernews.entry.saved");
            return "redirect:" + TenderNewsRoutes.STAFF + "/indkoeb/" + reference;
        } catch (Rejected rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("noticeIdError", rejected.violations().get(0).messageKey());
            model.addAttribute("noticeId", noticeId);
            return entry(reference, model);
        }
    }
}
