package dk.samspil.alerts.internal;

import dk.samspil.codelists.CpvPicker;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The public subscription form, its CPV search, and the follow button. */
@Controller
class SubscribeController {

    private final AlertSubscriptions subscriptions;
    private final FormSupport forms;
    private final CpvPicker cpv;

    SubscribeController(AlertSubscriptions subscriptions, FormSupport forms, CpvPicker cpv) {
        this.subscriptions = subscriptions;
        this.forms = forms;
        this.cpv = cpv;
    }

    /**
     * The empty form, or one prefilled from a public search ("Gem søgningen som varsling"): {@code ord} the words,
     * {@code uden} excluded words, {@code cpv} CPV codes, {@code enhed} buying units, {@code min}/{@code max} the value range; a prefilled form
     * shows how many current entries it would match.
     */
    @GetMapping("/varsling")
    String form(
            @RequestParam(name = "ord", required = false) String words,
            @RequestParam(name = "uden", required = false) String without,
            @RequestParam(name = "cpv", required = false) String codes,
            @RequestParam(name = "enhed", required = false) List<String> units,
            @RequestParam(name = "min", required = false) String min,
            @RequestParam(name = "max", required = false) String max,
            Model model,
            Locale locale) {
        AlertForm form = new AlertForm();
        boolean prefilled =
                words != null || without != null || codes != null || units != null || min != null || max != null;
        if (prefilled) {
            form.setKeywords(clip(words));
            form.setExcludedKeywords(clip(without));
            form.setCpvCodes(clip(codes));
            form.setBuyingUnits(
                    units == null
                            ? new ArrayList<>()
                            : new ArrayList<>(units.stream()
                                    .limit(20)
                                    .map(SubscribeController::clip)
                                    .toList()));
            form.setMinValueDkk(clip(min));
            form.setMaxValueDkk(clip(max));
            model.addAttribute("preview", forms.previewCount(form));
        }
        model.addAttribute("form", form);
        forms.choices(model, locale);
        return "alerts/subscribe";
    }

    @PostMapping("/varsling")
    String subscribe(
            @ModelAttribute("form") AlertForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        SubscriptionRequest subscription = form.request(errors);
        try {
            if (errors.hasErrors()) {
                // A field that could not be read does not hide the other errors: every rule runs on the rest.
                subscriptions.check(subscription);
            } else {
                subscriptions.subscribe(subscription, ConsentSource.WEB, request.getRemoteAddr());
                model.addAttribute(
                        "divisions", forms.divisions(subscription.criteria().cpvCodes(), locale));
                model.addAttribute("estimate", forms.matchCount(subscription.criteria()));
                model.addAttribute("navSection", "alerts");
                return "alerts/pending";
            }
        } catch (Rejected rejected) {
            FormErrors.reject(errors, rejected.violations());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        forms.choices(model, locale);
        return "alerts/subscribe";
    }

    /** A prefilled value from a saved search is cut to a length no field accepts anyway; the form then says so. */
    private static final int MAX_PREFILL = 1000;

    private static String clip(String text) {
        return text == null ? null : text.length() > MAX_PREFILL ? text.substring(0, MAX_PREFILL) : text;
    }

    /** CPV search: for htmx only the list of matches; opened directly a whole page from which a code is copied. */
    @GetMapping("/varsling/cpv")
    String cpvSearch(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String field,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        String query = CpvPicker.query(q);
        model.addAttribute("q", query);
        model.addAttribute("field", CpvPicker.field(field));
        model.addAttribute("matches", cpv.suggest(query, locale));
        model.addAttribute("navSection", "alerts");
        return htmx != null ? "fragments/cpv :: results" : "alerts/cpv-search";
    }

    @GetMapping("/varsling/foelg/{reference}")
    String followForm(@PathVariable String reference, Model model, Locale locale) {
        subscriptions.requirePublic(reference);
        model.addAttribute("form", new FollowForm());
        model.addAttribute("reference", reference);
        forms.choices(model, locale);
        return "alerts/follow";
    }

    @PostMapping("/varsling/foelg/{reference}")
    String follow(
            @PathVariable String reference,
            @ModelAttribute("form") FollowForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        forms.choices(model, locale);
        try {
            subscriptions.follow(reference, form.getEmail(), form.getLanguage(), request.getRemoteAddr());
            model.addAttribute("divisions", List.of());
            return "alerts/pending";
        } catch (Rejected rejected) {
            FormErrors.reject(errors, rejected.violations());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("reference", reference);
            return "alerts/follow";
        }
    }

    /** The follow button: only the address and the language of the mails. */
    static class FollowForm {

        private String email;
        private String language = "da";

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }
}
