package dk.samspil.platform.internal.events;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Prøv igen" on a failed module event; {@code /admin/**} is for administrators only. */
@Controller
class FailedEventsController {

    private final FailedEvents events;

    FailedEventsController(FailedEvents events) {
        this.events = events;
    }

    @PostMapping("/admin/haendelser/{id}/proev-igen")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        events.retry(id);
        redirect.addFlashAttribute("retried", true);
        return "redirect:/intern";
    }
}
