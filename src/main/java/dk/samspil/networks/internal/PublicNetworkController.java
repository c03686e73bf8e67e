package dk.samspil.networks.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public pages of networks that have one: purpose, coming meetings, and a company's request to join. */
@Controller
class PublicNetworkController {

    static final String HOME = "/netvaerk";

    private final NetworkService networks;
    private final MeetingService meetings;
    private final Clock clock;

    PublicNetworkController(NetworkService networks, MeetingService meetings, Clock clock) {
        this.networks = networks;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping(HOME)
    String list(Model model) {
        model.addAttribute("networks", networks.publicNetworks());
        model.addAttribute("navSection", "networks");
        return "networks/public-list";
    }

    @GetMapping(HOME + "/{id}")
    String page(@PathVariable long id, Model model) {
        Network network = networks.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("network", network);
        model.addAttribute(
                "meetings",
                meetings.meetings(id).stream()
                        .filter(m -> !m.cancelled() && m.endsAt().isAfter(clock.instant()))
                        .sorted(java.util.Comparator.comparing(Meeting::startsAt))
                        .toList());
        model.addAttribute("members", networks.activeMembers(id));
        if (!model.containsAttribute("requestForm")) {
            model.addAttribute("requestForm", RequestForm.empty());
        }
        model.addAttribute("navSection", "networks");
        return "networks/public-page";
    }

    @PostMapping(HOME + "/{id}/anmodning")
    String request(
            @PathVariable long id,
            @Valid @ModelAttribute RequestForm requestForm,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        networks.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!result.hasErrors()) {
            try {
                networks.request(id, requestForm);
                redirect.addFlashAttribute("success", "networks.request.sent");
                return "redirect:" + HOME + "/" + id;
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(id, model);
    }
}
