package dk.samspil.inquiries.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public form through which a company or citizen sends the business centre an inquiry. */
@Controller
@RequestMapping(PublicInquiryController.BASE)
class PublicInquiryController {

    static final String BASE = "/henvendelse";

    private final InquiryService inquiries;
    private final RoutingService routing;

    PublicInquiryController(InquiryService inquiries, RoutingService routing) {
        this.inquiries = inquiries;
        this.routing = routing;
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
    String form(Model model) {
        model.addAttribute("form", PublicInquiryForm.empty());
        return "inquiries/public-form";
    }

    @PostMapping
    String send(
            @Valid @ModelAttribute("form") PublicInquiryForm form,
            BindingResult result,
            @org.springframework.web.bind.annotation.RequestParam(name = "files", required = false)
                    java.util.@org.jspecify.annotations.Nullable List<org.springframework.web.multipart.MultipartFile>
                            files,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        InquiryController.checkTopic(form.topicId(), routing, result);
        java.util.List<NewAttachment> attachments = AttachmentRules.check(files, result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "inquiries/public-form";
        }
        Inquiry inquiry = inquiries.receive(form.toData(inquiries.today()), null, attachments);
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
