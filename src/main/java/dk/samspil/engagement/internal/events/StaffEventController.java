package dk.samspil.engagement.internal.events;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Spreadsheets;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages for events: list, create, edit, publish, cancel, slots, participants, attendance and export. */
@Controller
@RequestMapping("/intern/arrangementer")
class StaffEventController {

    private static final Set<String> FORM_FIELDS = Set.of(
            "type",
            "title",
            "description",
            "startsAt",
            "endsAt",
            "place",
            "onlineUrl",
            "capacity",
            "participantsPerCompany",
            "registrationDeadline",
            "procurementReferences",
            "theme");

    private final EventService events;
    private final MessageSource messages;
    private final DanishFormats formats;
    private final EventsProperties properties;

    StaffEventController(
            EventService events, MessageSource messages, DanishFormats formats, EventsProperties properties) {
        this.events = events;
        this.messages = messages;
        this.formats = formats;
        this.properties = properties;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("events", events.all());
        model.addAttribute("navSection", "events-staff");
        return "engagement/events/staff/list";
    }

    @GetMapping("/ny")
    String newForm(Model model, Locale locale) {
        return form(EventForm.empty(), null, model, locale);
    }

    @PostMapping("/ny")
    String create(
            @ModelAttribute("form") EventForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            requireReadable(form);
            return "redirect:/intern/arrangementer/"
                    + events.create(form.details()).id();
        } catch (Rejected rejected) {
            reject(errors, rejected, response);
            return form(form, null, model, locale);
        }
    }

    @GetMapping("/{id}/rediger")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        Event event = events.get(id);
        return form(EventForm.of(event), event, model, locale);
    }

    @PostMapping("/{id}/rediger")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") EventForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            requireReadable(form);
            events.update(id, form.details());
            return "redirect:/intern/arrangementer/" + id;
        } catch (Rejected rejected) {
            reject(errors, rejected, response);
            return form(form, events.get(id), model, locale);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("event", events.get(id));
        model.addAttribute("registrations", events.registrations(id));
        model.addAttribute("slots", events.slots(id));
        model.addAttribute("navSection", "events-staff");
        return "engagement/events/staff/detail";
    }

    @PostMapping("/{id}/offentliggoer")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "published", () -> events.publish(id));
    }

    @PostMapping("/{id}/aflys")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "cancelled", () -> events.cancel(id, reason));
    }

    @PostMapping("/{id}/tider")
    String slots(@PathVariable long id, @RequestParam(required = false) String minutes, RedirectAttributes redirect) {
        return act(id, redirect, "slots", () -> events.generateSlots(id, RegistrationForm.number(minutes)));
    }

    @PostMapping("/{id}/fremmoede")
    String attendance(
            @PathVariable long id,
            @RequestParam(name = "present", required = false) List<Long> present,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "attendance",
                () -> events.recordAttendance(id, present == null ? Set.of() : Set.copyOf(present)));
    }

    @GetMapping("/{id}/deltagere.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
        Event event = events.get(id);
        return FileDownloads.attachment("deltagere-" + event.id() + ".csv", Spreadsheets.CSV)
                .body(Spreadsheets.csv(header(locale), rows(id, locale)));
    }

    @GetMapping("/{id}/deltagere.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
        Event event = events.get(id);
        return FileDownloads.attachment("deltagere-" + event.id() + ".xlsx", Spreadsheets.XLSX)
                .body(Spreadsheets.xlsx(
                        text("engagement.events.export.sheet", locale), header(locale), rows(id, locale)));
    }

    /** Runs a staff action; the outcome travels to the detail page as text (flash attributes live in the session). */
    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (Rejected rejected) {
            Locale locale = LocaleContextHolder.getLocale();
            redirect.addFlashAttribute(
                    "problems",
                    new ArrayList<>(rejected.violations().stream()
                            .map(v -> messages.getMessage(
                                    v.messageKey(), v.arguments().toArray(), locale))
                            .toList()));
        }
        return "redirect:/intern/arrangementer/" + id;
    }

    private List<String> header(Locale locale) {
        return List.of(
                        "name",
                        "company",
                        "cvr",
                        "email",
                        "participants",
                        "needs",
                        "status",
                        "slot",
                        "attended",
                        "registeredAt")
                .stream()
                .map(key -> text("engagement.events.export." + key, locale))
                .toList();
    }

    private List<List<String>> rows(long id, Locale locale) {
        Map<Long, Slot> slots = events.slots(id).stream()
                .collect(Collectors.toMap(Slot::id, slot -> slot, (a, b) -> a, LinkedHashMap::new));
        List<List<String>> rows = new ArrayList<>();
        for (Registration r : events.registrations(id)) {
            Slot slot = r.slotId() == null ? null : slots.get(r.slotId());
            rows.add(List.of(
                    r.name(),
                    r.company(),
                    r.cvr() == null ? "" : r.cvr(),
                    r.email(),
                    String.valueOf(r.participants()),
                    r.needs(),
                    text("engagement.events.registration.status." + r.status().name(), locale),
                    slot == null ? "" : formats.dateTime(slot.startsAt()),
                    text(r.attended() ? "engagement.events.export.yes" : "engagement.events.export.no", locale),
                    formats.dateTime(r.createdAt())));
        }
        return rows;
    }

    private String form(EventForm form, Event event, Model model, Locale locale) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            types.put(type.name(), text("engagement.events.type." + type.name(), locale));
        }
        model.addAttribute("typeChoices", types);
        int workshopDefault = properties.workshopParticipantsPerCompany();
        model.addAttribute(
                "perCompanyHint",
                workshopDefault > 0
                        ? messages.getMessage(
                                "engagement.events.field.participantsPerCompany.hint",
                                new Object[] {workshopDefault},
                                locale)
                        : text("engagement.events.field.participantsPerCompany.hintNoDefault", locale));
        model.addAttribute("event", event);
        model.addAttribute("navSection", "events-staff");
        return "engagement/events/staff/form";
    }

    private static void requireReadable(EventForm form) {
        List<Violation> unreadable = form.unreadable();
        if (!unreadable.isEmpty()) {
            throw new Rejected(unreadable);
        }
    }

    private static void reject(BindingResult errors, Rejected rejected, HttpServletResponse response) {
        response.setStatus(
                rejected.conflict() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        FormErrors.reject(errors, rejected.violations(), FORM_FIELDS);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
