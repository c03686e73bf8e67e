package dk.samspil.engagement.internal.events;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.samspil.platform.DanishFormats;
import jakarta.servlet.http.HttpServletResponse;

/** The public event pages and the registration form. */
@Controller
class PublicEventController {

    private static final Set<String> FORM_FIELDS = Set.of("name", "company", "cvr", "email", "participants", "needs",
            "slotId");

    private final EventCatalog catalog;
    private final RegistrationService registrations;
    private final EventLinks links;
    private final DanishFormats formats;
    private final MessageSource messages;

    PublicEventController(EventCatalog catalog, RegistrationService registrations, EventLinks links,
                          DanishFormats formats, MessageSource messages) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.links = links;
        this.formats = formats;
        this.messages = messages;
    }

    @GetMapping("/arrangementer")
    String list(Model model) {
        model.addAttribute("events", catalog.upcoming());
        model.addAttribute("navSection", "events");
        return "engagement/events/public/list";
    }

    @GetMapping("/arrangementer/{id}")
    String detail(@PathVariable long id, Model model) {
        return page(id, RegistrationForm.empty(), model);
    }

    @PostMapping("/arrangementer/{id}/tilmelding")
    String register(@PathVariable long id, @ModelAttribute("form") RegistrationForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            RegistrationService.Outcome outcome = registrations.register(id, form.request(locale));
            redirect.addFlashAttribute("registered", outcome.registration().status().name());
            return "redirect:/tilmelding/" + links.token(outcome.event(), outcome.registration());
        } catch (EventRejected rejected) {
            boolean slotsShown = catalog.publicEvent(id).map(view -> view.event().hasSlots()).orElse(false);
            for (Violation violation : rejected.violations()) {
                // A field the page does not show (a slot sent for an event without slots) goes to the summary only.
                if (FORM_FIELDS.contains(violation.field()) && (slotsShown || !violation.field().equals("slotId"))) {
                    errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(), null);
                } else {
                    errors.reject(violation.messageKey(), violation.arguments().toArray(), null);
                }
            }
            boolean tooMany = rejected.violations().stream()
                    .anyMatch(v -> v.messageKey().equals("engagement.events.error.tooMany"));
            model.addAttribute("offerWaitingList", tooMany);
            response.setStatus(rejected.conflict() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(id, form, model);
        }
    }

    private String page(long id, RegistrationForm form, Model model) {
        EventCatalog.PublicEvent view = catalog.publicEvent(id).orElseThrow(() -> new EventNotFound(id));
        model.addAttribute("e", view);
        Map<String, String> slotChoices = new LinkedHashMap<>();
        for (Slot slot : view.freeSlots()) {
            slotChoices.put(String.valueOf(slot.id()), messages.getMessage("engagement.events.public.slotTime",
                    new Object[]{formats.dateTime(slot.startsAt()), EventFormats.time(slot.endsAt())},
                    LocaleContextHolder.getLocale()));
        }
        model.addAttribute("slotChoices", slotChoices);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("navSection", "events");
        return "engagement/events/public/detail";
    }
}
