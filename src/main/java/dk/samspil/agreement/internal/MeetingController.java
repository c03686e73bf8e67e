package dk.samspil.agreement.internal;

import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Status meetings: the meeting's page with decisions and actions (and those carried), and its pack as page and PDF. */
@Controller
class MeetingController {

    private final StatusMeetings meetings;
    private final StatusPack packs;
    private final PackPdf pdf;
    private final AgreementService agreements;
    private final AgreementPages pages;
    private final AgreementController overview;

    MeetingController(
            StatusMeetings meetings,
            StatusPack packs,
            PackPdf pdf,
            AgreementService agreements,
            AgreementPages pages,
            AgreementController overview) {
        this.meetings = meetings;
        this.packs = packs;
        this.pdf = pdf;
        this.agreements = agreements;
        this.pages = pages;
        this.overview = overview;
    }

    private StatusMeetings.Meeting meeting(long id) {
        return AgreementPages.found(meetings.find(id));
    }

    @PostMapping(AgreementPages.HOME + "/moeder/ny")
    String create(
            @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.rejectDateOutsideLimits(result, "heldOn", meetingForm.heldOn());
        if (!result.hasErrors()) {
            try {
                long id = meetings.create(meetingForm);
                redirect.addFlashAttribute("success", "agreement.meeting.created");
                return "redirect:" + AgreementPages.HOME + "/moeder/" + id;
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        } else if (meetingForm.periodId() == null) {
            FormErrors.reject(result, List.of(new Violation("periodId", "agreement.meeting.period.required")));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return overview.overview(null, model, user, locale);
    }

    @GetMapping(AgreementPages.HOME + "/moeder/{id}")
    String meeting(@PathVariable long id, Model model, Authentication user, Locale locale) {
        StatusMeetings.Meeting meeting = meeting(id);
        pages.common(model, user, locale);
        model.addAttribute("meeting", meeting);
        model.addAttribute("period", pages.period(meeting.periodId()));
        model.addAttribute("previous", meetings.previous(meeting).orElse(null));
        model.addAttribute("decisions", meetings.decisions(id));
        model.addAttribute("actions", meetings.actionsOf(id));
        model.addAttribute("carried", meetings.carriedTo(meeting));
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.empty());
        }
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", new MinutesForm(meeting.minutes()));
        }
        return "agreement/meeting";
    }

    @PostMapping(AgreementPages.HOME + "/moeder/{id}/beslutninger")
    String decide(
            @PathVariable long id,
            @Valid @ModelAttribute DecisionForm decisionForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        meeting(id);
        FormErrors.rejectDateOutsideLimits(result, "dueOn", decisionForm.dueOn());
        return FormErrors.submit(
                result,
                response,
                () -> {
                    meetings.decide(id, decisionForm);
                    redirect.addFlashAttribute("success", "agreement.decision.saved");
                    return "redirect:" + AgreementPages.HOME + "/moeder/" + id;
                },
                () -> meeting(id, model, user, locale));
    }

    @PostMapping(AgreementPages.HOME + "/moeder/{id}/referat")
    String minutes(
            @PathVariable long id,
            @Valid @ModelAttribute MinutesForm minutesForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        meeting(id);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return meeting(id, model, user, locale);
        }
        meetings.saveMinutes(id, minutesForm.minutes() == null ? "" : minutesForm.minutes());
        redirect.addFlashAttribute("success", "agreement.minutes.saved");
        return "redirect:" + AgreementPages.HOME + "/moeder/" + id;
    }

    @PostMapping(AgreementPages.HOME + "/handlinger/{id}/status")
    String actionStatus(
            @PathVariable long id,
            @RequestParam(name = "done", defaultValue = "false") boolean done,
            @RequestParam(name = "moede", required = false) Long moede,
            RedirectAttributes redirect) {
        StatusMeetings.Action action = AgreementPages.found(meetings.action(id));
        meetings.setActionStatus(id, done);
        redirect.addFlashAttribute("success", "agreement.action.saved");
        long back = moede != null && meetings.find(moede).isPresent() ? moede : action.meetingId();
        return "redirect:" + AgreementPages.HOME + "/moeder/" + back;
    }

    @GetMapping(AgreementPages.HOME + "/moeder/{id}/pakke")
    String pack(@PathVariable long id, Model model, Authentication user, Locale locale) {
        StatusMeetings.Meeting meeting = meeting(id);
        pages.common(model, user, locale);
        model.addAttribute("pack", packs.pack(meeting));
        model.addAttribute("pdf", false);
        return "agreement/pack";
    }

    @GetMapping(AgreementPages.HOME + "/moeder/{id}/pakke.pdf")
    ResponseEntity<byte[]> packPdf(@PathVariable long id, Locale locale) {
        StatusMeetings.Meeting meeting = meeting(id);
        byte[] body = pdf.pdf(packs.pack(meeting), locale);
        return FileDownloads.attachment("statusmoede-" + meeting.heldOn() + ".pdf", MediaType.APPLICATION_PDF)
                .body(body);
    }
}
