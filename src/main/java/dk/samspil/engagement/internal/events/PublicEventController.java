package dk.samspil.engagement.internal.events;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The public event pages and the registration form. */
@Controller
class PublicEventController {

    private static final Set<String> FORM_FIELDS =
            Set.of("name", "company", "cvr", "email", "participants", "needs", "slotId");

    private final EventCatalog catalog;
    private final RegistrationService registrations;
    private final EventLinks links;
    private final MessageSource messages;

    PublicEventController(
            EventCatalog catalog, RegistrationService registrations, EventLinks links, MessageSource messages) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.links = links;
        this.messages = messages;
    }

    /** Upcoming events, filtered by type and theme with GET parameters, so the filters work without JavaScript. */
    @GetMapping("/arrangementer")
    String list(
            @RequestParam(required = false) String type,
            @RequestParam(name = "tema", required = false) String theme,
            Model model) {
        List<String> themes = catalog.themes(false);
        EventFilter filter = EventFilter.of(type, theme, themes);
        model.addAttribute("events", catalog.upcoming(filter));
        return listPage(filter, themes, false, model);
    }

    /** Events that have ended, latest first, each with a link to its published minutes and material. */
    @GetMapping("/arrangementer/tidligere")
    String past(
            @RequestParam(required = false) String type,
            @RequestParam(name = "tema", required = false) String theme,
            @RequestParam(name = "side", required = false) String page,
            Model model) {
        List<String> themes = catalog.themes(true);
        EventFilter filter = EventFilter.of(type, theme, themes);
        Integer number = RegistrationForm.number(page);
        EventCatalog.PastPage shown = catalog.past(filter, number == null ? 1 : number);
        model.addAttribute("page", shown);
        model.addAttribute("previousUrl", shown.hasPrevious() ? pastUrl(filter, shown.page() - 1) : null);
        model.addAttribute("nextUrl", shown.hasNext() ? pastUrl(filter, shown.page() + 1) : null);
        return listPage(filter, themes, true, model);
    }

    /** A page of the past events with the same filters; only the parameters in use. */
    private static String pastUrl(EventFilter filter, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/arrangementer/tidligere");
        if (filter.type() != null) {
            url.queryParam("type", filter.type().name());
        }
        if (filter.theme() != null) {
            url.queryParam("tema", filter.theme());
        }
        return url.queryParam("side", page).encode().build().toUriString();
    }

    private String listPage(EventFilter filter, List<String> themes, boolean past, Model model) {
        Map<String, String> types = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            types.put(
                    type.name(),
                    messages.getMessage(
                            "engagement.events.type." + type.name(), null, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("filter", filter);
        model.addAttribute("typeChoices", types);
        model.addAttribute("themes", themes);
        model.addAttribute("past", past);
        model.addAttribute("navSection", "events");
        return past ? "engagement/events/public/past" : "engagement/events/public/list";
    }

    @GetMapping("/arrangementer/{id}")
    String detail(@PathVariable long id, Model model) {
        return page(id, RegistrationForm.empty(), model);
    }

    @PostMapping("/arrangementer/{id}/tilmelding")
    String register(
            @PathVariable long id,
            @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            RegistrationService.Outcome outcome = registrations.register(id, form.request(locale));
            redirect.addFlashAttribute(
                    "registered", outcome.registration().status().name());
            return "redirect:/tilmelding/" + links.token(outcome.event(), outcome.registration());
        } catch (Rejected rejected) {
            boolean slotsShown =
                    catalog.publicEvent(id).map(view -> view.event().hasSlots()).orElse(false);
            // A field the page does not show (a slot sent for an event without slots) goes to the summary only.
            FormErrors.reject(
                    errors,
                    rejected.violations(),
                    v -> FORM_FIELDS.contains(v.field())
                                    && (slotsShown || !v.field().equals("slotId"))
                            ? v.field()
                            : null);
            boolean tooMany = rejected.violations().stream()
                    .anyMatch(v -> v.messageKey().equals("engagement.events.error.tooMany"));
            model.addAttribute("offerWaitingList", tooMany);
            response.setStatus(
                    rejected.conflict() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(id, form, model);
        }
    }

    private String page(long id, RegistrationForm form, Model model) {
        EventCatalog.PublicEvent view = catalog.publicEvent(id).orElseThrow(() -> new EventNotFound(id));
        model.addAttribute("e", view);
        Map<String, String> slotChoices = new LinkedHashMap<>();
        for (Slot slot : view.freeSlots()) {
            slotChoices.put(String.valueOf(slot.id()), EventFormats.range(slot.startsAt(), slot.endsAt()));
        }
        model.addAttribute("slotChoices", slotChoices);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("navSection", "events");
        return "engagement/events/public/detail";
    }
}
