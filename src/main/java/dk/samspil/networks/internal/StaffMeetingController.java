package dk.samspil.networks.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A network's meetings: a new meeting with its invitations, attendance, minutes and cancellation. */
@Controller
class StaffMeetingController {

    private final MeetingService meetings;
    private final NetworkPages pages;
    private final NetworkMails mails;
    private final Clock clock;

    StaffMeetingController(MeetingService meetings, NetworkPages pages, NetworkMails mails, Clock clock) {
        this.meetings = meetings;
        this.pages = pages;
        this.mails = mails;
        this.clock = clock;
    }

    @GetMapping(NetworkPages.HOME + "/{id}/moeder/nyt")
    String newMeeting(@PathVariable long id, Model model) {
        model.addAttribute("network", pages.network(id));
        model.addAttribute("meetingForm", MeetingForm.empty());
        model.addAttribute("navSection", NetworkPages.NAV);
        return "networks/meeting-form";
    }

    @PostMapping(NetworkPages.HOME + "/{id}/moeder/nyt")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Network network = pages.network(id);
        return FormErrors.submit(
                result,
                response,
                () -> {
                    long meetingId = meetings.create(id, meetingForm);
                    redirect.addFlashAttribute("success", "networks.meeting.created");
                    return "redirect:" + NetworkPages.path(id) + "/moeder/" + meetingId;
                },
                () -> {
                    model.addAttribute("network", network);
                    model.addAttribute("navSection", NetworkPages.NAV);
                    return "networks/meeting-form";
                });
    }

    @GetMapping(NetworkPages.HOME + "/{id}/moeder/{meetingId}/rediger")
    String edit(@PathVariable long id, @PathVariable long meetingId, Model model) {
        Network network = pages.network(id);
        Meeting meeting =
                meetings.find(id, meetingId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (meeting.cancelled() || meeting.heldBy(clock.instant())) {
            return "redirect:" + NetworkPages.path(id) + "/moeder/" + meetingId;
        }
        model.addAttribute("network", network);
        model.addAttribute("meetingForm", MeetingForm.of(meeting));
        model.addAttribute("editing", meeting);
        model.addAttribute("navSection", NetworkPages.NAV);
        return "networks/meeting-form";
    }

    @PostMapping(NetworkPages.HOME + "/{id}/moeder/{meetingId}/rediger")
    String update(
            @PathVariable long id,
            @PathVariable long meetingId,
            @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Network network = pages.network(id);
        Meeting meeting =
                meetings.find(id, meetingId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!result.hasErrors()) {
            try {
                boolean changed = meetings.update(id, meetingId, meetingForm);
                redirect.addFlashAttribute(
                        "success", changed ? "networks.meeting.updated" : "networks.meeting.unchanged");
                return "redirect:" + NetworkPages.path(id) + "/moeder/" + meetingId;
            } catch (Rejected rejected) {
                if (rejected.conflict()) {
                    return refused(id, meetingId, rejected.violations().get(0).messageKey(), model, locale, response);
                }
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("network", network);
        model.addAttribute("editing", meeting);
        model.addAttribute("navSection", NetworkPages.NAV);
        return "networks/meeting-form";
    }

    String detail(long id, long meetingId, Model model, Locale locale) {
        return detail(id, meetingId, null, model, locale);
    }

    /** The meeting; with {@code punkt}, the form that changes that agenda item while the agenda may still change. */
    @GetMapping(NetworkPages.HOME + "/{id}/moeder/{meetingId}")
    String detail(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(name = "punkt", required = false) @Nullable Long punkt,
            Model model,
            Locale locale) {
        Network network = pages.network(id);
        Meeting meeting =
                meetings.find(id, meetingId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("network", network);
        model.addAttribute("meeting", meeting);
        boolean agendaOpen = !meeting.cancelled() && meeting.minutes() == null && meeting.minutesPublishedAt() == null;
        model.addAttribute("agendaOpen", agendaOpen);
        Meeting.AgendaItem edited = punkt == null || !agendaOpen
                ? null
                : meeting.agenda().stream()
                        .filter(item -> item.id() == punkt)
                        .findFirst()
                        .orElse(null);
        model.addAttribute("editedItem", edited);
        if (edited != null && !model.containsAttribute("agendaItemChangeForm")) {
            model.addAttribute(
                    "agendaItemChangeForm",
                    AgendaItemChangeForm.of(edited, meeting.agenda().indexOf(edited) + 1));
        }
        Map<String, String> positions = new LinkedHashMap<>();
        for (int i = 1; i <= meeting.agenda().size(); i++) {
            positions.put(String.valueOf(i), String.valueOf(i));
        }
        model.addAttribute("agendaPositions", positions);
        model.addAttribute("held", meeting.heldBy(clock.instant()));
        model.addAttribute("when", mails.when(meeting));
        model.addAttribute("invitations", meetings.invitations(meetingId));
        model.addAttribute("decisions", meetings.decisions(meetingId));
        model.addAttribute("actions", meetings.actions(meetingId));
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", MinutesForm.empty());
        }
        if (!model.containsAttribute("agendaItemForm")) {
            model.addAttribute("agendaItemForm", AgendaItemForm.empty());
        }
        pages.choices(model, locale);
        return "networks/meeting";
    }

    @PostMapping(NetworkPages.HOME + "/{id}/moeder/{meetingId}/fremmoede")
    String attendance(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) @Nullable List<Long> attended,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireMeeting(id, meetingId);
        try {
            meetings.recordAttendance(id, meetingId, attended == null ? List.of() : attended);
        } catch (Rejected rejected) {
            return refused(id, meetingId, rejected.violations().get(0).messageKey(), model, locale, response);
        }
        redirect.addFlashAttribute("success", "networks.attendance.saved");
        return "redirect:" + NetworkPages.path(id) + "/moeder/" + meetingId;
    }

    @PostMapping(NetworkPages.HOME + "/{id}/moeder/{meetingId}/referat")
    String minutes(
            @PathVariable long id,
            @PathVariable long meetingId,
            @Valid @ModelAttribute MinutesForm minutesForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireMeeting(id, meetingId);
        if (!result.hasErrors()) {
            try {
                int sent = meetings.publishMinutes(id, meetingId, minutesForm);
                redirect.addFlashAttribute("success", "networks.minutes.published");
                redirect.addFlashAttribute("sent", sent);
                return "redirect:" + NetworkPages.path(id) + "/moeder/" + meetingId;
            } catch (Rejected rejected) {
                if (rejected.conflict()) {
                    // not held, cancelled or already sent: the form is not on the page, so the page says why
                    return refused(id, meetingId, rejected.violations().get(0).messageKey(), model, locale, response);
                }
                FormErrors.reject(
                        result,
                        rejected.violations(),
                        List.of("minutes", "decisions", "actionText", "actionOwner", "actionOwnerEmail", "actionDue"));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return detail(id, meetingId, model, locale);
    }

    @PostMapping(NetworkPages.HOME + "/{id}/moeder/{meetingId}/aflys")
    String cancel(
            @PathVariable long id,
            @PathVariable long meetingId,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireMeeting(id, meetingId);
        try {
            meetings.cancel(id, meetingId);
        } catch (Rejected rejected) {
            return refused(id, meetingId, rejected.violations().get(0).messageKey(), model, locale, response);
        }
        redirect.addFlashAttribute("success", "networks.meeting.cancelledDone");
        return "redirect:" + NetworkPages.path(id) + "/moeder/" + meetingId;
    }

    @PostMapping(NetworkPages.HOME + "/{id}/moeder/{meetingId}/dagsorden")
    String addAgendaItem(
            @PathVariable long id,
            @PathVariable long meetingId,
            @Valid @ModelAttribute AgendaItemForm agendaItemForm,
            BindingResult result,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        requireMeeting(id, meetingId);
        if (!result.hasErrors()) {
            boolean hasFile = file != null && !file.isEmpty();
            try {
                meetings.addAgendaItem(
                        id,
                        meetingId,
                        agendaItemForm,
                        hasFile ? file.getOriginalFilename() : null,
                        hasFile ? file.getBytes() : null);
                redirect.addFlashAttribute("success", "networks.agenda.added");
                return "redirect:" + NetworkPages.path(id) + "/moeder/" + meetingId + "#agenda";
            } catch (Rejected rejected) {
                if (rejected.conflict()) {
                    return refused(id, meetingId, rejected.violations().get(0).messageKey(), model, locale, response);
                }
                // the file is no field of the form: its problem goes to the summary and next to the file input
                rejected.violations().stream()
                        .filter(v -> v.field().equals("file"))
                        .findFirst()
                        .ifPresent(v -> model.addAttribute("fileError", v.messageKey()));
                FormErrors.reject(result, rejected.violations(), List.of("title", "presenter", "description"));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return detail(id, meetingId, model, locale);
    }

    /** Changes an agenda item's title, presenter, description and place; refused once the meeting's minutes exist. */
    @PostMapping(NetworkPages.HOME + "/{id}/moeder/{meetingId}/dagsorden/{itemId}/rediger")
    String changeAgendaItem(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable long itemId,
            @Valid @ModelAttribute AgendaItemChangeForm agendaItemChangeForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireAgendaItem(id, meetingId, itemId);
        if (!result.hasErrors()) {
            try {
                meetings.changeAgendaItem(id, meetingId, itemId, agendaItemChangeForm);
                redirect.addFlashAttribute("success", "networks.agenda.changed");
                return "redirect:" + NetworkPages.path(id) + "/moeder/" + meetingId + "#agenda";
            } catch (Rejected rejected) {
                if (rejected.conflict()) {
                    return refused(id, meetingId, rejected.violations().get(0).messageKey(), model, locale, response);
                }
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return detail(id, meetingId, itemId, model, locale);
    }

    /** Deletes an agenda item with its documents; refused once the meeting's minutes exist. */
    @PostMapping(NetworkPages.HOME + "/{id}/moeder/{meetingId}/dagsorden/{itemId}/slet")
    String deleteAgendaItem(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable long itemId,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireAgendaItem(id, meetingId, itemId);
        try {
            meetings.deleteAgendaItem(id, meetingId, itemId);
        } catch (Rejected rejected) {
            return refused(id, meetingId, rejected.violations().get(0).messageKey(), model, locale, response);
        }
        redirect.addFlashAttribute("success", "networks.agenda.deleted");
        return "redirect:" + NetworkPages.path(id) + "/moeder/" + meetingId + "#agenda";
    }

    private void requireAgendaItem(long id, long meetingId, long itemId) {
        pages.network(id);
        Meeting meeting =
                meetings.find(id, meetingId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (meeting.agenda().stream().noneMatch(item -> item.id() == itemId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping(NetworkPages.HOME + "/{id}/moeder/{meetingId}/dokumenter/{documentId}")
    ResponseEntity<byte[]> document(
            @PathVariable long id, @PathVariable long meetingId, @PathVariable long documentId) {
        requireMeeting(id, meetingId);
        return NetworkPages.download(meetings.document(meetingId, documentId));
    }

    @PostMapping(NetworkPages.HOME + "/{id}/moeder/{meetingId}/referat/offentlig")
    String minutesPublic(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(name = "public", required = false) @Nullable String visible,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireMeeting(id, meetingId);
        if (!"true".equals(visible) && !"false".equals(visible)) {
            return refused(id, meetingId, "networks.minutes.public.choose", model, locale, response);
        }
        try {
            meetings.setMinutesPublic(id, meetingId, "true".equals(visible));
        } catch (Rejected rejected) {
            return refused(id, meetingId, rejected.violations().get(0).messageKey(), model, locale, response);
        }
        redirect.addFlashAttribute(
                "success", "true".equals(visible) ? "networks.minutes.public.shown" : "networks.minutes.public.hidden");
        return "redirect:" + NetworkPages.path(id) + "/moeder/" + meetingId;
    }

    private void requireMeeting(long id, long meetingId) {
        pages.network(id);
        meetings.find(id, meetingId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String refused(
            long id, long meetingId, String key, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("error", key);
        return detail(id, meetingId, model, locale);
    }
}
