package dk.samspil.platform.internal.mail;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The outbox for administrators: what was and will be sent, and why something was not. */
@Controller
class OutboxAdminController {

    /**
     * A mail's own HTML is shown on a page of its own that may do nothing: no scripts, no forms, no requests
     * beyond itself, only its inline styles.
     */
    static final String HTML_PREVIEW_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'";

    record SearchForm(String recipient, String status) {}

    private final OutboxBrowser outbox;
    private final MessageSource messages;

    OutboxAdminController(OutboxBrowser outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    private Map<String, String> statusChoices(Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        OutboxBrowser.STATUSES.forEach(
                status -> choices.put(status, messages.getMessage("outbox.status." + status, null, locale)));
        return choices;
    }

    @GetMapping("/admin/udbakke")
    String list(
            @ModelAttribute("form") SearchForm form,
            @RequestParam(defaultValue = "1") int page,
            Locale locale,
            Model model) {
        model.addAttribute("navSection", "admin");
        model.addAttribute("sending", outbox.sending());
        model.addAttribute("page", outbox.page(form.recipient(), form.status(), Math.max(1, page)));
        model.addAttribute("statuses", statusChoices(locale));
        return "admin/outbox/list";
    }

    @GetMapping("/admin/udbakke/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("navSection", "admin");
        model.addAttribute("mail", outbox.detail(id).orElseThrow(OutboxAdminController::notFound));
        return "admin/outbox/detail";
    }

    @GetMapping("/admin/udbakke/{id}/html")
    ResponseEntity<String> html(@PathVariable long id) {
        String html =
                outbox.detail(id).map(OutboxBrowser.Detail::htmlBody).orElseThrow(OutboxAdminController::notFound);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", HTML_PREVIEW_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
