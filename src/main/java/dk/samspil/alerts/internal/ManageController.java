package dk.samspil.alerts.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subscriber's own page, reached by the signed manage link: see, edit, pause, resume and remove subscriptions,
 * download everything stored, delete everything. Every change is a POST carrying the token in a hidden field.
 */
@Controller
class ManageController {

    private final AlertTokens tokens;
    private final AlertSubscriptions subscriptions;
    private final SubscriptionSummaries summaries;
    private final FormSupport forms;
    private final JsonMapper json;

    ManageController(
            AlertTokens tokens,
            AlertSubscriptions subscriptions,
            SubscriptionSummaries summaries,
            FormSupport forms,
            JsonMapper json) {
        this.tokens = tokens;
        this.subscriptions = subscriptions;
        this.summaries = summaries;
        this.forms = forms;
        this.json = json;
    }

    @GetMapping("/varsling/administrer")
    String page(
            @RequestParam(required = false) String token, Model model, Locale locale, HttpServletResponse response) {
        Optional<AlertSubscriptions.Overview> overview = tokens.manage(token).flatMap(subscriptions::overview);
        if (overview.isEmpty()) {
            return InvalidLink.page(model, response);
        }
        List<Row> rows = overview.get().subscriptions().stream()
                .map(s -> new Row(
                        s.id(),
                        s.kind().name(),
                        s.status().name(),
                        summaries.summary(s, locale),
                        s.kind() == SubscriptionKind.CRITERIA))
                .toList();
        model.addAttribute("token", token);
        model.addAttribute("subscriber", overview.get().subscriber());
        model.addAttribute("rows", rows);
        model.addAttribute("navSection", "alerts");
        return "alerts/manage";
    }

    @GetMapping("/varsling/administrer/rediger")
    String editForm(
            @RequestParam(required = false) String token,
            @RequestParam long id,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Optional<AlertSubscriptions.Overview> overview = tokens.manage(token).flatMap(subscriptions::overview);
        if (overview.isEmpty()) {
            return InvalidLink.page(model, response);
        }
        Subscription subscription = overview.get().subscriptions().stream()
                .filter(s -> s.id() == id && s.kind() == SubscriptionKind.CRITERIA)
                .findFirst()
                .orElseThrow(SubscriptionNotFound::new);
        model.addAttribute("form", AlertForm.of(overview.get().subscriber(), subscription.criteria()));
        return editPage(model, token, id, locale);
    }

    @PostMapping("/varsling/administrer/rediger")
    String edit(
            @RequestParam(required = false) String token,
            @RequestParam long id,
            @ModelAttribute("form") AlertForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<Long> subscriber = tokens.manage(token);
        if (subscriber.isEmpty()) {
            return InvalidLink.page(model, response);
        }
        Criteria criteria = form.criteria(errors);
        try {
            if (errors.hasErrors()) {
                // A field that could not be read does not hide the other errors: every rule runs on the rest.
                subscriptions.check(criteria);
            } else {
                subscriptions.update(subscriber.get(), id, criteria);
                return done(token, "alerts.manage.saved", redirect);
            }
        } catch (Rejected rejected) {
            FormErrors.reject(errors, rejected.violations());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return editPage(model, token, id, locale);
    }

    @PostMapping("/varsling/administrer/pause")
    String pause(
            @RequestParam(required = false) String token,
            @RequestParam long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                token,
                model,
                response,
                subscriber -> subscriptions.setPaused(subscriber, id, true),
                "alerts.manage.paused",
                redirect);
    }

    @PostMapping("/varsling/administrer/genoptag")
    String resume(
            @RequestParam(required = false) String token,
            @RequestParam long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                token,
                model,
                response,
                subscriber -> subscriptions.setPaused(subscriber, id, false),
                "alerts.manage.resumed",
                redirect);
    }

    @PostMapping("/varsling/administrer/genoptag-levering")
    String resumeDelivery(
            @RequestParam(required = false) String token,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(token, model, response, subscriptions::resumeDelivery, "alerts.manage.deliveryResumed", redirect);
    }

    @PostMapping("/varsling/administrer/fjern")
    String remove(
            @RequestParam(required = false) String token,
            @RequestParam long id,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                token,
                model,
                response,
                subscriber -> subscriptions.remove(subscriber, id, request.getRemoteAddr()),
                "alerts.manage.removed",
                redirect);
    }

    @PostMapping("/varsling/administrer/slet")
    String eraseAll(
            @RequestParam(required = false) String token,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Long> subscriber = tokens.manage(token);
        if (subscriber.isEmpty()) {
            return InvalidLink.page(model, response);
        }
        subscriptions.eraseAll(subscriber.get(), request.getRemoteAddr());
        model.addAttribute("navSection", "alerts");
        return "alerts/erased";
    }

    @GetMapping("/varsling/administrer/data")
    ResponseEntity<String> data(@RequestParam(required = false) String token) {
        Optional<Long> subscriber = tokens.manage(token);
        if (subscriber.isEmpty()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("varsling-data.json")
                                .build()
                                .toString())
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsString(subscriptions.export(subscriber.get())));
    }

    private String act(
            String token,
            Model model,
            HttpServletResponse response,
            LongConsumer action,
            String messageKey,
            RedirectAttributes redirect) {
        Optional<Long> subscriber = tokens.manage(token);
        if (subscriber.isEmpty()) {
            return InvalidLink.page(model, response);
        }
        action.accept(subscriber.get());
        return done(token, messageKey, redirect);
    }

    private static String done(String token, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", messageKey);
        redirect.addAttribute("token", token);
        return "redirect:/varsling/administrer";
    }

    private String editPage(Model model, String token, long id, Locale locale) {
        forms.choices(model, locale);
        model.addAttribute("token", token);
        model.addAttribute("subscriptionId", id);
        model.addAttribute("editing", true);
        return "alerts/subscribe";
    }

    record Row(long id, String kind, String status, String summary, boolean editable) {}
}
