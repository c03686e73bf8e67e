package dk.samspil.engagement.internal.material;

import dk.samspil.engagement.internal.files.Downloads;
import dk.samspil.engagement.internal.files.StoredFile;
import dk.samspil.engagement.internal.files.StoredFiles;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The public material page of an event, its file downloads, and the form for asking a question. */
@Controller
class PublicMaterialController {

    private final EventMaterialView view;
    private final MaterialService service;
    private final StoredFiles files;

    PublicMaterialController(EventMaterialView view, MaterialService service, StoredFiles files) {
        this.view = view;
        this.service = service;
        this.files = files;
    }

    @GetMapping("/arrangementer/{eventId}/materiale")
    String page(@PathVariable long eventId, Model model) {
        model.addAttribute("material", material(eventId));
        model.addAttribute("navSection", "events");
        return "engagement/material-page";
    }

    @GetMapping("/arrangementer/{eventId}/materiale/{materialId}/fil")
    ResponseEntity<byte[]> download(@PathVariable long eventId, @PathVariable long materialId) {
        StoredFile file = view.publicFile(eventId, materialId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment(file, files.content(file.id()));
    }

    @GetMapping("/arrangementer/{eventId}/spoergsmaal")
    String questionForm(@PathVariable long eventId, Model model) {
        model.addAttribute("questionForm", QuestionForm.empty());
        return questionPage(eventId, model);
    }

    @PostMapping("/arrangementer/{eventId}/spoergsmaal")
    String ask(
            @PathVariable long eventId,
            @Valid QuestionForm questionForm,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return questionPage(eventId, model);
        }
        EventMaterial material = material(eventId);
        service.ask(eventId, questionForm.question().strip());
        model.addAttribute("material", material);
        model.addAttribute("navSection", "events");
        return "engagement/question-sent";
    }

    private String questionPage(long eventId, Model model) {
        model.addAttribute("material", material(eventId));
        model.addAttribute("navSection", "events");
        return "engagement/question";
    }

    private EventMaterial material(long eventId) {
        return view.forEvent(eventId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
