package dk.samspil.networks.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public pages of networks that have one: purpose, coming meetings, and a company's request to join. */
@Controller
class PublicNetworkController {

    static final String HOME = "/netvaerk";

    private final NetworkService networks;
    private final MeetingService meetings;
    private final Clock clock;
    private final NetworkMails mails;
    private final MeetingMaterials materials;

    PublicNetworkController(
            NetworkService networks,
            MeetingService meetings,
            Clock clock,
            NetworkMails mails,
            MeetingMaterials materials) {
        this.networks = networks;
        this.meetings = meetings;
        this.clock = clock;
        this.mails = mails;
        this.materials = materials;
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
        model.addAttribute("publicMinutes", meetings.publicMinutes(id));
        if (!model.containsAttribute("requestForm")) {
            model.addAttribute("requestForm", RequestForm.empty());
        }
        model.addAttribute("navSection", "networks");
        return "networks/public-page";
    }

    /** Minutes the secretariat made public, with the agenda's documents. */
    @GetMapping(HOME + "/{id}/moeder/{meetingId}")
    String minutes(@PathVariable long id, @PathVariable long meetingId, Model model) {
        Network network = networks.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Meeting meeting = publicMeeting(id, meetingId);
        model.addAttribute("network", network);
        model.addAttribute("meeting", meeting);
        model.addAttribute("decisions", meetings.decisions(meetingId));
        model.addAttribute("when", mails.when(meeting));
        model.addAttribute("token", null);
        model.addAttribute("navSection", "networks");
        return "networks/minutes";
    }

    @GetMapping(HOME + "/{id}/moeder/{meetingId}/dokumenter/{documentId}")
    ResponseEntity<byte[]> publicDocument(
            @PathVariable long id, @PathVariable long meetingId, @PathVariable long documentId) {
        networks.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        publicMeeting(id, meetingId);
        return NetworkPages.download(meetings.document(meetingId, documentId));
    }

    /** The members' page of a meeting, through the signed link in the minutes mail. */
    @GetMapping(MeetingMaterials.PATH)
    String materials(@RequestParam(name = "t", required = false) @Nullable String token, Model model) {
        Meeting meeting = materialsMeeting(token);
        model.addAttribute("network", networks.find(meeting.networkId()).orElseThrow());
        model.addAttribute("meeting", meeting);
        model.addAttribute("decisions", meetings.decisions(meeting.id()));
        model.addAttribute("actions", meetings.actions(meeting.id()));
        model.addAttribute("when", mails.when(meeting));
        model.addAttribute("token", token);
        model.addAttribute("navSection", "networks");
        return "networks/minutes";
    }

    @GetMapping(MeetingMaterials.PATH + "/dokumenter/{documentId}")
    ResponseEntity<byte[]> materialsDocument(
            @PathVariable long documentId, @RequestParam(name = "t", required = false) @Nullable String token) {
        Meeting meeting = materialsMeeting(token);
        return NetworkPages.download(meetings.document(meeting.id(), documentId));
    }

    private Meeting publicMeeting(long id, long meetingId) {
        return meetings.find(id, meetingId)
                .filter(m -> m.minutesPublic() && m.minutesPublishedAt() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A forged or expired link finds nothing. */
    private Meeting materialsMeeting(@Nullable String token) {
        return materials
                .meetingId(token)
                .flatMap(meetings::findById)
                .filter(m -> m.minutesPublishedAt() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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
