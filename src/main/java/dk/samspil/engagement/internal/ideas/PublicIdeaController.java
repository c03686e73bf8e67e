package dk.samspil.engagement.internal.ideas;

import dk.samspil.engagement.internal.files.FileRejected;
import dk.samspil.engagement.internal.files.FileRules;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The OPI page, the idea form, and the submitter's page to see and delete their idea. */
@Controller
class PublicIdeaController {

    static final String FORM_PATH = "/opi/ideer/ny";

    private final IdeaService ideas;
    private final OpiTopics topics;
    private final IdeaLinks links;
    private final FileRules fileRules;
    private final MessageSource messages;

    PublicIdeaController(
            IdeaService ideas, OpiTopics topics, IdeaLinks links, FileRules fileRules, MessageSource messages) {
        this.ideas = ideas;
        this.topics = topics;
        this.links = links;
        this.fileRules = fileRules;
        this.messages = messages;
    }

    /** What an idea is for: a published OPI workshop or a theme of one. */
    private record Topic(Long eventId, String theme, String title) {}

    @GetMapping("/opi")
    String overview(Model model) {
        model.addAttribute("workshops", topics.workshops());
        model.addAttribute("themes", topics.themes());
        model.addAttribute("ideas", ideas.published());
        model.addAttribute("navSection", "opi");
        return "engagement/opi";
    }

    @GetMapping(FORM_PATH)
    String form(
            @RequestParam(name = "arrangement", required = false) String event,
            @RequestParam(name = "tema", required = false) String theme,
            @RequestParam(name = "fejl", required = false) String error,
            Model model,
            HttpServletResponse response) {
        Optional<Topic> topic = topic(event, theme);
        if (topic.isEmpty()) {
            return noTopic(model, response);
        }
        model.addAttribute("ideaForm", IdeaForm.empty());
        if ("stor".equals(error)) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            model.addAttribute("fileError", "engagement.file.error.tooLarge");
            model.addAttribute("fileErrorArgument", fileRules.maxMegabytes());
        }
        return form(topic.get(), model);
    }

    @PostMapping(FORM_PATH)
    String submit(
            @RequestParam(name = "arrangement", required = false) String event,
            @RequestParam(name = "tema", required = false) String theme,
            @Valid IdeaForm ideaForm,
            BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Optional<Topic> topic = topic(event, theme);
        if (topic.isEmpty()) {
            return noTopic(model, response);
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(topic.get(), model);
        }
        boolean hasFile = file != null && !file.isEmpty();
        try {
            if (hasFile) {
                fileRules.checkSize(file.getSize());
            }
            String consent = messages.getMessage("engagement.idea.consent", null, locale);
            ideas.submit(
                    ideaForm.submission(topic.get().eventId(), topic.get().theme(), consent),
                    hasFile ? file.getOriginalFilename() : null,
                    hasFile ? file.getBytes() : null,
                    locale);
        } catch (FileRejected rejected) {
            response.setStatus(
                    rejected.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", rejected.messageKey());
            model.addAttribute("fileErrorArgument", rejected.argument());
            return form(topic.get(), model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        model.addAttribute("email", ideaForm.email().strip());
        model.addAttribute("navSection", "opi");
        return "engagement/idea-sent";
    }

    @GetMapping("/opi/ideer/mine")
    String mine(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<Idea> idea = links.ideaId(token).flatMap(ideas::find);
        if (idea.isEmpty()) {
            return invalidLink(model, response);
        }
        model.addAttribute("idea", idea.get());
        model.addAttribute("token", token);
        model.addAttribute("navSection", "opi");
        return "engagement/idea-mine";
    }

    @PostMapping("/opi/ideer/mine/slet")
    String delete(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<Long> id = links.ideaId(token);
        if (id.isEmpty() || !ideas.deleteBySubmitter(id.get())) {
            return invalidLink(model, response);
        }
        model.addAttribute("navSection", "opi");
        return "engagement/idea-deleted";
    }

    private String form(Topic topic, Model model) {
        model.addAttribute("topic", topic);
        model.addAttribute("maxMegabytes", fileRules.maxMegabytes());
        model.addAttribute("navSection", "opi");
        return "engagement/idea-form";
    }

    private Optional<Topic> topic(String event, String theme) {
        if (event != null && event.matches("\\d{1,18}")) {
            return topics.workshop(Long.parseLong(event))
                    .map(workshop -> new Topic(workshop.id(), null, workshop.title()));
        }
        return topics.theme(theme).map(name -> new Topic(null, name, name));
    }

    private static String noTopic(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("navSection", "opi");
        return "engagement/idea-no-topic";
    }

    private static String invalidLink(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("navSection", "opi");
        return "engagement/idea-invalid-link";
    }
}
