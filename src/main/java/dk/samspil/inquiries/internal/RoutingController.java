package dk.samspil.inquiries.internal;

import dk.samspil.platform.EmailAddresses;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The routing settings: consultant teams and the team each topic goes to. Management and administrators. */
@Controller
@RequestMapping(RoutingController.BASE)
class RoutingController {

    static final String BASE = InquiryController.BASE + "/indstillinger";
    static final int MAX_MEMBERS = 100;

    private final RoutingService routing;

    RoutingController(RoutingService routing) {
        this.routing = routing;
    }

    @InitBinder
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "inquiries";
    }

    @GetMapping
    String settings(Model model) {
        return page(model);
    }

    @PostMapping("/teams")
    String createTeam(
            @Valid @ModelAttribute("teamForm") TeamForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<String> members = TeamForm.addresses(form.members());
        checkMembers(members, "members", result);
        if (form.teamName() != null && !result.hasFieldErrors("teamName") && routing.teamNameTaken(form.teamName())) {
            result.rejectValue("teamName", "inquiries.error.teamName.taken");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model);
        }
        routing.createTeam(form.teamName(), members);
        redirect.addFlashAttribute("notice", "inquiries.notice.teamCreated");
        return "redirect:" + BASE;
    }

    @PostMapping("/teams/{id}")
    String members(
            @PathVariable long id,
            @Valid @ModelAttribute("membersForm") MembersForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        routing.team(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<String> members = TeamForm.addresses(form.members());
        checkMembers(members, "members", result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model);
        }
        routing.setMembers(id, members);
        redirect.addFlashAttribute("notice", "inquiries.notice.teamSaved");
        return "redirect:" + BASE;
    }

    @PostMapping("/emner")
    String createTopic(
            @Valid @ModelAttribute("topicForm") TopicForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        checkTeam(form.teamId(), result);
        if (form.topicName() != null
                && !result.hasFieldErrors("topicName")
                && routing.topicNameTaken(form.topicName())) {
            result.rejectValue("topicName", "inquiries.error.topicName.taken");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model);
        }
        routing.createTopic(form.topicName(), form.teamId());
        redirect.addFlashAttribute("notice", "inquiries.notice.topicCreated");
        return "redirect:" + BASE;
    }

    @PostMapping("/emner/{id}")
    String topicTeam(
            @PathVariable long id,
            @Valid @ModelAttribute("topicTeamForm") TopicTeamForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        routing.topic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        checkTeam(form.teamId(), result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model);
        }
        routing.setTopicTeam(id, form.teamId());
        redirect.addFlashAttribute("notice", "inquiries.notice.topicSaved");
        return "redirect:" + BASE;
    }

    private void checkTeam(@Nullable Long teamId, BindingResult result) {
        if (teamId != null
                && !result.hasFieldErrors("teamId")
                && routing.team(teamId).isEmpty()) {
            result.rejectValue("teamId", "inquiries.error.team.unknown");
        }
    }

    private static void checkMembers(List<String> members, String field, BindingResult result) {
        if (result.hasFieldErrors(field)) {
            return;
        }
        if (members.size() > MAX_MEMBERS) {
            result.rejectValue(field, "inquiries.error.members.tooMany", new Object[] {MAX_MEMBERS}, null);
        } else if (members.stream().anyMatch(address -> !EmailAddresses.isValid(address) || address.length() > 254)) {
            result.rejectValue(field, "inquiries.error.members.invalid");
        }
    }

    private String page(Model model) {
        if (!model.containsAttribute("teamForm")) {
            model.addAttribute("teamForm", new TeamForm(null, null));
        }
        if (!model.containsAttribute("topicForm")) {
            model.addAttribute("topicForm", new TopicForm(null, null));
        }
        List<Team> teams = routing.teams();
        java.util.Map<String, String> teamChoices = new java.util.LinkedHashMap<>();
        teams.forEach(team -> teamChoices.put(String.valueOf(team.id()), team.name()));
        model.addAttribute("teams", teams);
        model.addAttribute("topics", routing.topics());
        model.addAttribute("teamChoices", teamChoices);
        return "inquiries/settings";
    }
}
