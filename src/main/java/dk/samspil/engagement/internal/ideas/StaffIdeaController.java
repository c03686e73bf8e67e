package dk.samspil.engagement.internal.ideas;

import dk.samspil.engagement.internal.files.Downloads;
import dk.samspil.engagement.internal.files.StoredFiles;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff handle OPI ideas: list with filters, tags, internal comments, public response and status. */
@Controller
@RequestMapping("/intern/opi")
class StaffIdeaController {

    private static final int MAX_COMMENT = 10_000;
    private static final int MAX_RESPONSE = 5000;

    private final IdeaService ideas;
    private final OpiTopics topics;
    private final StoredFiles files;

    StaffIdeaController(IdeaService ideas, OpiTopics topics, StoredFiles files) {
        this.ideas = ideas;
        this.topics = topics;
        this.files = files;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String emne,
            Model model) {
        IdeaStatus chosenStatus = parse(status).orElse(null);
        Long eventId = emne != null && emne.matches("e\\d{1,18}") ? Long.valueOf(emne.substring(1)) : null;
        String theme = emne != null && emne.startsWith("t:") ? emne.substring(2) : null;
        String chosenTag = tag == null || tag.isBlank() ? null : tag.strip();
        model.addAttribute("rows", ideas.list(new IdeaService.Filter(chosenStatus, chosenTag, eventId, theme)));
        model.addAttribute("statuses", IdeaStatus.values());
        model.addAttribute("tags", ideas.allTags());
        model.addAttribute("workshops", topics.workshops());
        model.addAttribute("themes", topics.themes());
        model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
        model.addAttribute("tag", chosenTag == null ? "" : chosenTag);
        model.addAttribute("emne", emne == null ? "" : emne);
        model.addAttribute("navSection", "opi-staff");
        return "engagement/ideas-staff";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Idea idea = ideas.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("idea", idea);
        model.addAttribute("comments", ideas.comments(id));
        model.addAttribute("statuses", IdeaStatus.values());
        model.addAttribute("navSection", "opi-staff");
        return "engagement/idea-staff";
    }

    @GetMapping("/{id}/bilag")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        Idea idea = ideas.find(id)
                .filter(found -> found.file() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment(idea.file(), files.content(idea.file().id()));
    }

    @PostMapping("/{id}/tags")
    String addTag(
            @PathVariable long id,
            @RequestParam(required = false) String tag,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (tag == null || tag.isBlank() || tag.strip().length() > IdeaService.MAX_TAG) {
            return refused(id, "engagement.idea.staff.tag.invalid", model, response);
        }
        ideas.addTag(id, tag.strip());
        return done(id, redirect, "engagement.idea.staff.saved.tag");
    }

    @PostMapping("/{id}/tags/fjern")
    String removeTag(@PathVariable long id, @RequestParam(required = false) String tag, RedirectAttributes redirect) {
        if (tag != null) {
            ideas.removeTag(id, tag);
        }
        return done(id, redirect, "engagement.idea.staff.saved.tag");
    }

    @PostMapping("/{id}/kommentarer")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) String comment,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (comment == null || comment.isBlank() || comment.length() > MAX_COMMENT) {
            return refused(id, "engagement.idea.staff.comment.invalid", model, response);
        }
        ideas.comment(id, comment.strip(), user.getName());
        return done(id, redirect, "engagement.idea.staff.saved.comment");
    }

    @PostMapping("/{id}/svar")
    String respond(
            @PathVariable long id,
            @RequestParam(required = false) String response,
            Model model,
            HttpServletResponse servletResponse,
            RedirectAttributes redirect) {
        if (response != null && response.length() > MAX_RESPONSE) {
            return refused(id, "engagement.idea.staff.response.invalid", model, servletResponse);
        }
        ideas.respond(id, response == null || response.isBlank() ? null : response.strip());
        return done(id, redirect, "engagement.idea.staff.saved.response");
    }

    @PostMapping("/{id}/status")
    String status(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<IdeaStatus> chosen = parse(status);
        if (chosen.isEmpty()) {
            return refused(id, "engagement.idea.staff.status.invalid", model, response);
        }
        ideas.changeStatus(id, chosen.get());
        return done(id, redirect, "engagement.idea.staff.saved.status");
    }

    private static Optional<IdeaStatus> parse(String status) {
        return Arrays.stream(IdeaStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst();
    }

    private String refused(long id, String messageKey, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("error", messageKey);
        return detail(id, model);
    }

    private static String done(long id, RedirectAttributes redirect, String messageKey) {
        redirect.addFlashAttribute("saved", messageKey);
        return "redirect:/intern/opi/" + id;
    }
}
