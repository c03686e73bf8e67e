package dk.samspil.platform.internal.audit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Who changed what and when: the administrator's view of the audit log. */
@Controller
class AuditLogController {

    private final AuditQuery audit;
    private final AuditSearchValidator validator;

    AuditLogController(AuditQuery audit, AuditSearchValidator validator) {
        this.audit = audit;
        this.validator = validator;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping("/admin/revisionslog")
    String search(@Validated @ModelAttribute("form") AuditSearchForm form, BindingResult result,
                  @RequestParam(defaultValue = "1") int page, Model model, HttpServletResponse response) {
        model.addAttribute("navSection", "admin");
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "admin/audit/list";
        }
        model.addAttribute("page", audit.search(form.criteria(), Math.max(1, page)));
        return "admin/audit/list";
    }
}
