package dk.samspil.networks.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.http.HttpStatus;
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

/** The secretariat's pages: the networks, a new network, a network with its members, requests and meetings. */
@Controller
class StaffNetworkController {

    private final NetworkService networks;
    private final MeetingService meetings;
    private final NetworkPages pages;

    StaffNetworkController(NetworkService networks, MeetingService meetings, NetworkPages pages) {
        this.networks = networks;
        this.meetings = meetings;
        this.pages = pages;
    }

    @GetMapping(NetworkPages.HOME)
    String list(Model model) {
        model.addAttribute("networks", networks.networks());
        model.addAttribute("navSection", NetworkPages.NAV);
        return "networks/staff-list";
    }

    @GetMapping(NetworkPages.HOME + "/nyt")
    String newNetwork(Model model) {
        model.addAttribute("networkForm", NetworkForm.empty());
        model.addAttribute("navSection", NetworkPages.NAV);
        return "networks/network-form";
    }

    @PostMapping(NetworkPages.HOME + "/nyt")
    String create(
            @Valid @ModelAttribute NetworkForm networkForm,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                response,
                () -> {
                    long id = networks.create(networkForm);
                    redirect.addFlashAttribute("success", "networks.created");
                    return "redirect:" + NetworkPages.path(id);
                },
                () -> {
                    model.addAttribute("navSection", NetworkPages.NAV);
                    return "networks/network-form";
                });
    }

    @GetMapping(NetworkPages.HOME + "/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", MemberForm.empty(networks.today()));
        }
        if (!model.containsAttribute("leaveForm")) {
            model.addAttribute("leaveForm", new LeaveForm(networks.today()));
        }
        model.addAttribute("network", pages.network(id));
        model.addAttribute("members", networks.members(id));
        model.addAttribute("today", networks.today());
        model.addAttribute("requests", networks.pendingRequests(id));
        model.addAttribute("meetings", meetings.meetings(id));
        pages.choices(model, locale);
        return "networks/staff-detail";
    }

    @PostMapping(NetworkPages.HOME + "/{id}/medlemmer")
    String addMember(
            @PathVariable long id,
            @Valid @ModelAttribute MemberForm memberForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.network(id);
        return FormErrors.submit(
                result,
                response,
                () -> {
                    networks.addMember(id, memberForm);
                    redirect.addFlashAttribute("success", "networks.member.added");
                    return "redirect:" + NetworkPages.path(id) + "#members";
                },
                () -> detail(id, model, locale));
    }

    @PostMapping(NetworkPages.HOME + "/{id}/medlemmer/{memberId}/udmeld")
    String leave(
            @PathVariable long id,
            @PathVariable long memberId,
            @Valid @ModelAttribute LeaveForm leaveForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.network(id);
        return FormErrors.submit(
                result,
                response,
                () -> {
                    networks.leave(id, memberId, leaveForm.leftOn());
                    redirect.addFlashAttribute("success", "networks.member.left");
                    return "redirect:" + NetworkPages.path(id) + "#members";
                },
                () -> {
                    model.addAttribute("leaveMemberId", memberId);
                    return detail(id, model, locale);
                });
    }

    @GetMapping(NetworkPages.HOME + "/{id}/medlemmer/{memberId}")
    String member(@PathVariable long id, @PathVariable long memberId, Model model) {
        Network network = pages.network(id);
        Member member =
                networks.member(id, memberId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("network", network);
        model.addAttribute("member", member);
        model.addAttribute("left", member.leftBy(networks.today()));
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", ContactForm.empty());
        }
        model.addAttribute("navSection", NetworkPages.NAV);
        return "networks/member";
    }

    @PostMapping(NetworkPages.HOME + "/{id}/medlemmer/{memberId}/kontakter")
    String addContact(
            @PathVariable long id,
            @PathVariable long memberId,
            @Valid @ModelAttribute ContactForm contactForm,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.network(id);
        networks.member(id, memberId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!result.hasErrors()) {
            try {
                networks.addContact(id, memberId, contactForm);
                redirect.addFlashAttribute("success", "networks.contact.added");
                return "redirect:" + NetworkPages.path(id) + "/medlemmer/" + memberId;
            } catch (Rejected rejected) {
                if (rejected.conflict()) {
                    // the member has left: the form is not on the page, so the page says why
                    model.addAttribute("error", rejected.violations().get(0).messageKey());
                } else {
                    FormErrors.reject(result, rejected.violations());
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return member(id, memberId, model);
    }

    @PostMapping(NetworkPages.HOME + "/{id}/medlemmer/{memberId}/kontakter/{contactId}/fjern")
    String removeContact(
            @PathVariable long id,
            @PathVariable long memberId,
            @PathVariable long contactId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.network(id);
        networks.member(id, memberId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            networks.removeContact(id, memberId, contactId);
        } catch (Rejected rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", rejected.violations().get(0).messageKey());
            return member(id, memberId, model);
        }
        redirect.addFlashAttribute("success", "networks.contact.removed");
        return "redirect:" + NetworkPages.path(id) + "/medlemmer/" + memberId;
    }

    @PostMapping(NetworkPages.HOME + "/{id}/anmodninger/{requestId}")
    String decide(
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestParam(required = false) String decision,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.network(id);
        if (!"approve".equals(decision) && !"decline".equals(decision)) {
            return refused(id, "networks.request.decisionNeeded", model, locale, response);
        }
        try {
            networks.decide(id, requestId, "approve".equals(decision));
        } catch (Rejected rejected) {
            return refused(id, rejected.violations().get(0).messageKey(), model, locale, response);
        }
        redirect.addFlashAttribute(
                "success", "approve".equals(decision) ? "networks.request.approved" : "networks.request.declined");
        return "redirect:" + NetworkPages.path(id);
    }

    private String refused(long id, String key, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("error", key);
        return detail(id, model, locale);
    }
}
