package dk.samspil.alerts.internal.staff;

import dk.samspil.alerts.internal.SubscriberSupport;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Support for subscribers who call: find them by part of their address, name or CVR number, see their subscriptions,
 * consents and what was sent to them, and act on their request. Every action is a POST.
 */
@Controller
class SubscriberController {

    private static final String PAGE = "/intern/varsling/abonnenter";

    private final SubscriberDirectory directory;
    private final SubscriberSupport support;

    SubscriberController(SubscriberDirectory directory, SubscriberSupport support) {
        this.directory = directory;
        this.support = support;
    }

    @GetMapping(PAGE)
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String side,
            Model model,
            HttpServletResponse response) {
        SubscriberQuery query = SubscriberQuery.of(q, side);
        model.addAttribute("query", query);
        model.addAttribute("navSection", "alerts-staff");
        if (query.error() != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } else if (!query.text().isEmpty()) {
            model.addAttribute("results", directory.search(query.text(), query.page()));
        }
        return "alerts/staff/subscribers";
    }

    @GetMapping(PAGE + "/{id}")
    String subscriber(@PathVariable long id, Model model, Locale locale) {
        SubscriberSupport.SubscriberView subscriber =
                support.subscriber(id, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("subscriber", subscriber);
        model.addAttribute("deliveries", directory.deliveries(id));
        model.addAttribute("mails", directory.mails(subscriber.email()));
        model.addAttribute("navSection", "alerts-staff");
        return "alerts/staff/subscriber";
    }

    @PostMapping(PAGE + "/{id}/link")
    String sendLink(@PathVariable long id, RedirectAttributes redirect) {
        support.sendManageLink(id);
        return done(id, "alerts.staff.done.link", redirect);
    }

    @PostMapping(PAGE + "/{id}/pause")
    String pause(@PathVariable long id, @RequestParam long subscription, RedirectAttributes redirect) {
        support.setPaused(id, subscription, true);
        return done(id, "alerts.staff.done.paused", redirect);
    }

    @PostMapping(PAGE + "/{id}/genoptag")
    String resume(@PathVariable long id, @RequestParam long subscription, RedirectAttributes redirect) {
        support.setPaused(id, subscription, false);
        return done(id, "alerts.staff.done.resumed", redirect);
    }

    @PostMapping(PAGE + "/{id}/genoptag-afsendelse")
    String resumeSending(@PathVariable long id, RedirectAttributes redirect) {
        support.resumeSending(id);
        return done(id, "alerts.staff.done.sending", redirect);
    }

    @GetMapping(PAGE + "/{id}/slet")
    String confirmErase(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute(
                "subscriber",
                support.subscriber(id, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("navSection", "alerts-staff");
        return "alerts/staff/erase";
    }

    @PostMapping(PAGE + "/{id}/slet")
    String erase(@PathVariable long id, RedirectAttributes redirect) {
        support.eraseAll(id);
        redirect.addFlashAttribute("message", "alerts.staff.done.erased");
        return "redirect:" + PAGE;
    }

    private static String done(long id, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", messageKey);
        return "redirect:" + PAGE + "/" + id;
    }
}
