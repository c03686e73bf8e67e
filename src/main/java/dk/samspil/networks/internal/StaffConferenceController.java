package dk.samspil.networks.internal;

import dk.samspil.platform.ChoiceLabels;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
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

/** Conferences attended together: the list, a new conference, and one with who goes, companies along and costs. */
@Controller
class StaffConferenceController {

    static final String HOME = NetworkPages.HOME + "/konferencer";

    private final ConferenceService conferences;
    private final ChoiceLabels labels;

    StaffConferenceController(ConferenceService conferences, ChoiceLabels labels) {
        this.conferences = conferences;
        this.labels = labels;
    }

    @GetMapping(HOME)
    String list(Model model) {
        model.addAttribute("conferences", conferences.conferences());
        model.addAttribute("navSection", NetworkPages.NAV);
        return "networks/conference-list";
    }

    @GetMapping(HOME + "/ny")
    String newConference(Model model) {
        model.addAttribute("conferenceForm", ConferenceForm.empty());
        model.addAttribute("navSection", NetworkPages.NAV);
        return "networks/conference-form";
    }

    @PostMapping(HOME + "/ny")
    String create(
            @Valid @ModelAttribute ConferenceForm conferenceForm,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                response,
                () -> {
                    long id = conferences.create(conferenceForm);
                    redirect.addFlashAttribute("success", "networks.conference.created");
                    return "redirect:" + HOME + "/" + id;
                },
                () -> {
                    model.addAttribute("navSection", NetworkPages.NAV);
                    return "networks/conference-form";
                });
    }

    @GetMapping(HOME + "/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("conference", conference(id));
        model.addAttribute("participants", conferences.participants(id));
        model.addAttribute("companies", conferences.companies(id));
        model.addAttribute("costs", conferences.costs(id));
        model.addAttribute("totals", conferences.totals(id));
        if (!model.containsAttribute("participantForm")) {
            model.addAttribute("participantForm", ParticipantForm.empty());
        }
        if (!model.containsAttribute("invitedCompanyForm")) {
            model.addAttribute("invitedCompanyForm", InvitedCompanyForm.empty());
        }
        if (!model.containsAttribute("costForm")) {
            model.addAttribute("costForm", CostForm.empty());
        }
        model.addAttribute(
                "partyChoices", labels.of(List.of(Conference.Party.values()), "networks.conference.party.", locale));
        model.addAttribute("navSection", NetworkPages.NAV);
        return "networks/conference";
    }

    @PostMapping(HOME + "/{id}/deltagere")
    String addParticipant(
            @PathVariable long id,
            @Valid @ModelAttribute ParticipantForm participantForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        conference(id);
        return FormErrors.submit(
                result,
                response,
                () -> {
                    conferences.addParticipant(id, participantForm);
                    return saved(id, "networks.conference.participant.added", "participants", redirect);
                },
                () -> detail(id, model, locale));
    }

    @PostMapping(HOME + "/{id}/deltagere/{participantId}/fjern")
    String removeParticipant(
            @PathVariable long id,
            @PathVariable long participantId,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        conference(id);
        try {
            conferences.removeParticipant(id, participantId);
        } catch (Rejected rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", rejected.violations().get(0).messageKey());
            return detail(id, model, locale);
        }
        return saved(id, "networks.conference.participant.removed", "participants", redirect);
    }

    @PostMapping(HOME + "/{id}/virksomheder")
    String inviteCompany(
            @PathVariable long id,
            @Valid @ModelAttribute InvitedCompanyForm invitedCompanyForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        conference(id);
        return FormErrors.submit(
                result,
                response,
                () -> {
                    conferences.inviteCompany(id, invitedCompanyForm);
                    return saved(id, "networks.conference.company.added", "companies", redirect);
                },
                () -> detail(id, model, locale));
    }

    @PostMapping(HOME + "/{id}/udgifter")
    String addCost(
            @PathVariable long id,
            @Valid @ModelAttribute CostForm costForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        conference(id);
        return FormErrors.submit(
                result,
                response,
                () -> {
                    conferences.addCost(id, costForm);
                    return saved(id, "networks.conference.cost.added", "costs", redirect);
                },
                () -> detail(id, model, locale));
    }

    private static String saved(long id, String message, String anchor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", message);
        return "redirect:" + HOME + "/" + id + "#" + anchor;
    }

    private Conference conference(long id) {
        return conferences.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
