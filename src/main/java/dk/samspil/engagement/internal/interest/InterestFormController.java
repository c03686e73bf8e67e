package dk.samspil.engagement.internal.interest;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Tilkendegiv interesse" on a public entry: the form, and the page that asks to confirm from the mail. */
@Controller
class InterestFormController {

    private final Interests interests;
    private final MessageSource messages;

    InterestFormController(Interests interests, MessageSource messages) {
        this.interests = interests;
        this.messages = messages;
    }

    @GetMapping("/kommende-indkob/{reference}/interesse")
    String form(@PathVariable String reference, Model model, Locale locale) {
        model.addAttribute("form", new InterestForm());
        return page(interests.openEntry(reference), model, locale);
    }

    @PostMapping("/kommende-indkob/{reference}/interesse")
    String register(
            @PathVariable String reference,
            @ModelAttribute("form") InterestForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        PlannedProcurement entry = interests.openEntry(reference);
        if (!errors.hasErrors()) {
            try {
                Interests.Registration registration = interests.register(
                        entry.reference(), form.request(locale), Interests.Source.WEB, request.getRemoteAddr());
                model.addAttribute("entry", entry);
                model.addAttribute("alreadyRegistered", registration.alreadyRegistered());
                model.addAttribute("navSection", "pipeline");
                return "engagement/interest/pending";
            } catch (Rejected rejected) {
                FormErrors.reject(errors, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(entry, model, locale);
    }

    private String page(PlannedProcurement entry, Model model, Locale locale) {
        Map<String, String> lotChoices = new LinkedHashMap<>();
        entry.details()
                .lots()
                .forEach(lot -> lotChoices.put(
                        String.valueOf(lot.number()),
                        messages.getMessage(
                                "engagement.interest.lot", new Object[] {lot.number(), lot.title()}, locale)));
        model.addAttribute("entry", entry);
        model.addAttribute("lotChoices", lotChoices);
        model.addAttribute("navSection", "pipeline");
        return "engagement/interest/form";
    }
}
