package dk.samspil.newsletter.internal;

import dk.samspil.newsletter.NewsletterProperties;
import dk.samspil.platform.KeptUploads;
import dk.samspil.platform.UploadSizeLimit;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import of people into a list from a CSV file, from the list's staff page: upload, a preview that says per row
 * what would happen (nothing is written), then import all rows or none. The shape of the companies' CVR import.
 */
@Controller
@RequestMapping(SubscriberImportController.BASE)
class SubscriberImportController {

    static final String BASE = StaffNewsletterController.BASE + "/lister/{listId}/import";
    private static final String UUID_PATTERN =
            "{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";
    /** An upload far over the limit, turned away before it was read (platform {@code UploadSizeLimit}). */
    static final String TOO_LARGE = "fejl=stor";
    /** Rows of each outcome the preview shows; the counts are complete. */
    static final int SHOWN = 500;

    private final NewsletterLists lists;
    private final SubscriberImport subscriberImport;
    private final KeptUploads uploads;
    private final NewsletterProperties properties;
    private final MessageSource messages;

    SubscriberImportController(
            NewsletterLists lists,
            SubscriberImport subscriberImport,
            KeptUploads uploads,
            NewsletterProperties properties,
            MessageSource messages) {
        this.lists = lists;
        this.subscriberImport = subscriberImport;
        this.uploads = uploads;
        this.properties = properties;
        this.messages = messages;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "newsletter-staff";
    }

    @GetMapping
    String page(
            @PathVariable long listId,
            @RequestParam(name = "fejl", required = false) @Nullable String error,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Optional<MailingList> list = lists.find(listId);
        if (list.isEmpty()) {
            return notFound(response);
        }
        if ("stor".equals(error)) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return page(list.get(), model, locale, tooLarge());
        }
        return page(list.get(), model, locale, null);
    }

    @PostMapping
    String upload(
            @PathVariable long listId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Optional<MailingList> list = lists.find(listId);
        if (list.isEmpty()) {
            return notFound(response);
        }
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(list.get(), model, locale, new SubscriberImport.FileRefused("newsletter.import.error.noFile"));
        }
        if (file.getSize() > maxBytes()) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return page(list.get(), model, locale, tooLarge());
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            subscriberImport.checkFile(content);
        } catch (SubscriberImport.FileRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(list.get(), model, locale, refused);
        }
        UUID id = uploads.keep(
                purpose(listId),
                user.getName(),
                file.getOriginalFilename(),
                content,
                properties.importUpload().previewLifetime());
        return "redirect:" + StaffNewsletterController.BASE + "/lister/" + listId + "/import/" + id;
    }

    @GetMapping("/" + UUID_PATTERN)
    String preview(
            @PathVariable long listId,
            @PathVariable UUID id,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Optional<MailingList> list = lists.find(listId);
        if (list.isEmpty()) {
            return notFound(response);
        }
        Optional<KeptUploads.Upload> upload = uploads.find(purpose(listId), id, user.getName());
        if (upload.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(list.get(), model, locale, new SubscriberImport.FileRefused("newsletter.import.error.gone"));
        }
        return preview(list.get(), upload.get(), null, locale, model, response);
    }

    @PostMapping("/" + UUID_PATTERN)
    String confirm(
            @PathVariable long listId,
            @PathVariable UUID id,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<MailingList> list = lists.find(listId);
        if (list.isEmpty()) {
            return notFound(response);
        }
        Optional<KeptUploads.Upload> upload = uploads.find(purpose(listId), id, user.getName());
        if (upload.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(list.get(), model, locale, new SubscriberImport.FileRefused("newsletter.import.error.gone"));
        }
        try {
            int added = subscriberImport.importAll(
                    list.get(), upload.get().content(), upload.get().fileName(), user.getName());
            uploads.forget(id);
            redirect.addFlashAttribute("imported", added);
            return "redirect:" + StaffNewsletterController.BASE + "/lister/" + listId;
        } catch (SubscriberImport.HasRefused e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return preview(list.get(), upload.get(), "newsletter.import.refused.heading", locale, model, response);
        }
    }

    private String preview(
            MailingList list,
            KeptUploads.Upload upload,
            @Nullable String refusal,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        SubscriberImport.Preview preview;
        try {
            preview = subscriberImport.preview(list, upload.content());
        } catch (SubscriberImport.FileRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(list, model, locale, refused);
        }
        model.addAttribute("list", list);
        model.addAttribute("upload", upload);
        model.addAttribute("added", shown(preview, SubscriberImport.Outcome.ADD));
        model.addAttribute("unchanged", shown(preview, SubscriberImport.Outcome.UNCHANGED));
        model.addAttribute("refused", shown(preview, SubscriberImport.Outcome.REFUSED));
        model.addAttribute("addCount", preview.count(SubscriberImport.Outcome.ADD));
        model.addAttribute("unchangedCount", preview.count(SubscriberImport.Outcome.UNCHANGED));
        model.addAttribute("refusedCount", preview.count(SubscriberImport.Outcome.REFUSED));
        model.addAttribute("shown", SHOWN);
        model.addAttribute("refusal", refusal);
        return "newsletter/staff/import-preview";
    }

    private static List<SubscriberImport.Line> shown(
            SubscriberImport.Preview preview, SubscriberImport.Outcome outcome) {
        return preview.with(outcome).stream().limit(SHOWN).toList();
    }

    private String page(MailingList list, Model model, Locale locale, SubscriberImport.@Nullable FileRefused error) {
        model.addAttribute("list", list);
        model.addAttribute("maxMegabytes", maxBytes() / (1024 * 1024));
        model.addAttribute("maxRows", subscriberImport.maxRows());
        model.addAttribute(
                "columns",
                Arrays.stream(SubscriberImport.Column.values())
                        .map(column -> messages.getMessage(column.messageKey(), null, locale))
                        .toList());
        if (error != null) {
            model.addAttribute("error", error.messageKey());
            model.addAttribute(
                    "errorArguments",
                    Arrays.stream(error.arguments())
                            .map(argument -> argument instanceof List<?> columns
                                    ? String.join(
                                            ", ",
                                            columns.stream()
                                                    .map(column -> messages.getMessage(
                                                            ((SubscriberImport.Column) column).messageKey(),
                                                            null,
                                                            locale))
                                                    .toList())
                                    : argument)
                            .toArray());
        }
        return "newsletter/staff/import";
    }

    private SubscriberImport.FileRefused tooLarge() {
        return new SubscriberImport.FileRefused("newsletter.import.error.tooLarge", maxBytes() / (1024 * 1024));
    }

    private long maxBytes() {
        return properties.importUpload().maxBytes().toBytes();
    }

    private static String purpose(long listId) {
        return "newsletter.subscribers:" + listId;
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "newsletter/staff/not-found";
    }

    /** Redirects an upload far over the limit to the import page's Danish message (platform {@link UploadSizeLimit}). */
    @Configuration(proxyBeanMethods = false)
    static class SizeLimit {

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> subscriberImportSizeLimit(NewsletterProperties properties) {
            return UploadSizeLimit.redirectingToItself(
                    StaffNewsletterController.BASE + "/lister/*",
                    Pattern.compile(Pattern.quote(StaffNewsletterController.BASE) + "/lister/\\d+/import"),
                    properties.importUpload().maxBytes().toBytes(),
                    TOO_LARGE);
        }
    }
}
