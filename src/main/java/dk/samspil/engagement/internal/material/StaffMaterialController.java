package dk.samspil.engagement.internal.material;

import dk.samspil.engagement.internal.files.FileRejected;
import dk.samspil.engagement.internal.files.FileRules;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff publish minutes, material and answers of an event, and answer the public's questions. */
@Controller
@RequestMapping("/intern/arrangementer/{eventId}/materiale")
class StaffMaterialController {

    static final String FILE_PATH = "/fil";

    private final MaterialService service;
    private final EventMaterialView view;
    private final FileRules fileRules;

    StaffMaterialController(MaterialService service, EventMaterialView view, FileRules fileRules) {
        this.service = service;
        this.view = view;
        this.fileRules = fileRules;
    }

    @GetMapping
    String page(
            @PathVariable long eventId,
            @RequestParam(name = "fejl", required = false) String error,
            Model model,
            HttpServletResponse response) {
        if ("stor".equals(error)) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            model.addAttribute("fileError", "engagement.file.error.tooLarge");
            model.addAttribute("fileErrorArgument", fileRules.maxMegabytes());
        }
        return page(eventId, model);
    }

    @PostMapping("/referat")
    String minutes(
            @PathVariable long eventId,
            @Valid MinutesForm minutesForm,
            BindingResult result,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return refused(eventId, model, response);
        }
        return published(
                eventId,
                redirect,
                handled(() -> service.publishMinutes(
                        eventId, minutesForm.title().strip(), minutesForm.text().strip(), user.getName())));
    }

    @PostMapping(FILE_PATH)
    String material(
            @PathVariable long eventId,
            @Valid MaterialForm materialForm,
            BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean hasFile = file != null && !file.isEmpty();
        if (hasFile == materialForm.hasLink()) {
            result.reject("engagement.material.fileOrLink");
        } else if (materialForm.hasLink() && !materialForm.linkIsWebAddress()) {
            result.rejectValue("link", "engagement.material.link.invalid");
        }
        if (result.hasErrors()) {
            return refused(eventId, model, response);
        }
        try {
            if (hasFile) {
                fileRules.checkSize(file.getSize());
            }
            String fileName = hasFile ? file.getOriginalFilename() : null;
            byte[] content = hasFile ? file.getBytes() : null;
            return published(
                    eventId,
                    redirect,
                    handled(() -> service.publishMaterial(
                            eventId,
                            materialForm.materialTitle().strip(),
                            materialForm.description(),
                            hasFile ? null : materialForm.link().strip(),
                            fileName,
                            content,
                            user.getName())));
        } catch (FileRejected rejected) {
            response.setStatus(
                    rejected.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", rejected.messageKey());
            model.addAttribute("fileErrorArgument", rejected.argument());
            return page(eventId, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/svar")
    String answer(
            @PathVariable long eventId,
            @Valid AnswerForm answerForm,
            BindingResult result,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return refused(eventId, model, response);
        }
        return published(
                eventId,
                redirect,
                handled(() -> service.publishAnswer(
                        eventId,
                        answerForm.question().strip(),
                        answerForm.answer().strip(),
                        user.getName())));
    }

    @PostMapping("/spoergsmaal/{questionId}/svar")
    String answerQuestion(
            @PathVariable long eventId,
            @PathVariable long questionId,
            @RequestParam(name = "answer", required = false) String answer,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (answer == null || answer.isBlank() || answer.length() > 10_000) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("answerErrorFor", questionId);
            return page(eventId, model);
        }
        handled(() -> {
            service.answer(eventId, questionId, answer.strip(), user.getName());
            return questionId;
        });
        return published(eventId, redirect, questionId);
    }

    @PostMapping("/spoergsmaal/{questionId}/slet")
    String deleteQuestion(@PathVariable long eventId, @PathVariable long questionId, RedirectAttributes redirect) {
        handled(() -> {
            service.deleteQuestion(eventId, questionId);
            return questionId;
        });
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/intern/arrangementer/" + eventId + "/materiale";
    }

    private String page(long eventId, Model model) {
        EventSummary event = handled(() -> service.event(eventId));
        model.addAttribute("event", event);
        model.addAttribute("material", view.materialOf(event));
        model.addAttribute("questions", view.questions(eventId));
        model.addAttribute("maxMegabytes", fileRules.maxMegabytes());
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", MinutesForm.empty());
        }
        if (!model.containsAttribute("materialForm")) {
            model.addAttribute("materialForm", MaterialForm.empty());
        }
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", AnswerForm.empty());
        }
        model.addAttribute("navSection", "events-staff");
        return "engagement/material-staff";
    }

    private String refused(long eventId, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(eventId, model);
    }

    private static String published(long eventId, RedirectAttributes redirect, long id) {
        redirect.addFlashAttribute("published", id);
        return "redirect:/intern/arrangementer/" + eventId + "/materiale";
    }

    /** An unknown event or question is a 404; a draft event or an answered question a 409 with the reason. */
    private static <T> T handled(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (MaterialRejected rejected) {
            HttpStatus status = rejected.messageKey().equals(MaterialService.EVENT_NOT_FOUND)
                            || rejected.messageKey().equals(MaterialService.QUESTION_NOT_FOUND)
                    ? HttpStatus.NOT_FOUND
                    : HttpStatus.CONFLICT;
            throw new ResponseStatusException(status, rejected.messageKey());
        }
    }
}
