package dk.samspil.inquiries.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public form through which a company or citizen sends the business centre an inquiry. */
@Controller
@RequestMapping(PublicInquiryController.BASE)
class PublicInquiryController {

    static final String BASE = "/henvendelse";
    /** The query of the form page after a request far over the attachments' limit ({@link InquiryRoutes}). */
    static final String TOO_LARGE = "fejl=stor";
    /** Hidden fields with the signed references of files kept from an earlier try, and the ones to remove. */
    static final String KEPT = "bilag";

    static final String REMOVE = "fjernBilag";

    private final InquiryService inquiries;
    private final RoutingService routing;
    private final KeptAttachments kept;

    PublicInquiryController(InquiryService inquiries, RoutingService routing, KeptAttachments kept) {
        this.inquiries = inquiries;
        this.routing = routing;
        this.kept = kept;
    }

    @ModelAttribute("topicChoices")
    java.util.Map<String, String> topicChoices() {
        return InquiryController.topicChoices(routing);
    }

    @InitBinder
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "inquiry";
    }

    @GetMapping
    String form(
            @RequestParam(name = "fejl", required = false) @Nullable String error,
            Model model,
            HttpServletResponse response) {
        PublicInquiryForm form = PublicInquiryForm.empty();
        model.addAttribute("form", form);
        if ("stor".equals(error)) {
            // The request was turned away unread, so the form is empty: say why, with the limit.
            BindingResult result = new BeanPropertyBindingResult(form, "form");
            result.reject(
                    "inquiries.error.files.requestTooLarge",
                    new Object[] {AttachmentRules.MAX_TOTAL_BYTES / (1024 * 1024)},
                    null);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        }
        return "inquiries/public-form";
    }

    @PostMapping
    String send(
            @Valid @ModelAttribute("form") PublicInquiryForm form,
            BindingResult result,
            @RequestParam(name = AttachmentRules.FIELD, required = false) @Nullable List<MultipartFile> files,
            @RequestParam(name = KEPT, required = false) @Nullable List<String> keptFiles,
            @RequestParam(name = REMOVE, required = false) @Nullable List<String> removedFiles,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        InquiryController.checkTopic(form.topicId(), routing, result);
        KeptAttachments.Collected attachments = kept.collect(files, keptFiles, removedFiles);
        attachments
                .violations()
                .forEach(violation -> result.reject(
                        violation.messageKey(), violation.arguments().toArray(), null));
        if (result.hasErrors()) {
            model.addAttribute("keptFiles", kept.keepForNextTry(attachments));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "inquiries/public-form";
        }
        Inquiry inquiry = inquiries.receive(form.toData(inquiries.today()), null, attachments.all());
        kept.forget(attachments);
        redirect.addFlashAttribute("caseNumber", inquiry.caseNumber());
        redirect.addFlashAttribute("answerBy", inquiry.answerBy());
        return "redirect:" + BASE + "/sendt";
    }

    /** The thanks page; reached without the flash attributes (reloaded later) it still thanks, without the case number. */
    @GetMapping("/sendt")
    String sent() {
        return "inquiries/public-sent";
    }
}
