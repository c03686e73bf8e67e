package dk.samspil.engagement.internal.events;

import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The personal page behind the signed link in every registration mail: the registration, cancelling (the GET
 * only shows a button, because mail scanners open links), accepting a waiting-list offer and a JSON export.
 */
@Controller
class RegistrationLinkController {

    private final EventLinks links;
    private final RegistrationService registrations;

    RegistrationLinkController(EventLinks links, RegistrationService registrations) {
        this.links = links;
        this.registrations = registrations;
    }

    @GetMapping("/tilmelding/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, "engagement/events/public/registration", model, response);
    }

    @GetMapping("/tilmelding/{token}/afmeld")
    String confirmCancel(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, "engagement/events/public/cancel", model, response);
    }

    @PostMapping("/tilmelding/{token}/afmeld")
    String cancel(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Long> id = links.registrationId(token);
        if (id.isEmpty()) {
            return invalid(model, response);
        }
        registrations.cancel(id.get());
        model.addAttribute("justCancelled", true);
        return page(token, "engagement/events/public/registration", model, response);
    }

    @PostMapping("/tilmelding/{token}/accepter")
    String accept(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Long> id = links.registrationId(token);
        if (id.isEmpty()) {
            return invalid(model, response);
        }
        try {
            registrations.accept(id.get());
            model.addAttribute("justAccepted", true);
        } catch (Rejected rejected) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("acceptFailed", true);
        }
        return page(token, "engagement/events/public/registration", model, response);
    }

    /** Everything stored about the registration, as JSON (the right of access). */
    @GetMapping(path = "/tilmelding/{token}/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> export(@PathVariable String token) {
        Optional<Long> id = links.registrationId(token);
        if (id.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        RegistrationService.View view = registrations.view(id.get());
        Registration r = view.registration();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", r.id());
        data.put(
                "event",
                Map.of(
                        "id",
                        view.event().id(),
                        "title",
                        view.event().details().title(),
                        "startsAt",
                        view.event().details().startsAt().toString()));
        data.put("name", r.name());
        data.put("company", r.company());
        data.put("cvr", r.cvr());
        data.put("email", r.email());
        data.put("participants", r.participants());
        data.put("needs", r.needs());
        data.put("status", r.status().name());
        data.put(
                "offerExpiresAt",
                r.offerExpiresAt() == null ? null : r.offerExpiresAt().toString());
        data.put(
                "slotStartsAt",
                view.slot() == null ? null : view.slot().startsAt().toString());
        data.put("attended", r.attended());
        data.put("registeredAt", r.createdAt().toString());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tilmelding-" + r.id() + ".json\"")
                .body(data);
    }

    private String page(String token, String template, Model model, HttpServletResponse response) {
        Optional<Long> id = links.registrationId(token);
        if (id.isEmpty()) {
            return invalid(model, response);
        }
        RegistrationService.View view;
        try {
            view = registrations.view(id.get());
        } catch (EventNotFound gone) {
            return invalid(model, response);
        }
        model.addAttribute("v", view);
        model.addAttribute("token", token);
        model.addAttribute("navSection", "events");
        return template;
    }

    private static String invalid(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("navSection", "events");
        return "engagement/events/public/invalid-link";
    }
}
