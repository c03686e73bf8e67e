package dk.samspil.platform.internal.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final AuditWords words;

    AuditLogController(AuditQuery audit, AuditSearchValidator validator, AuditWords words) {
        this.audit = audit;
        this.validator = validator;
        this.words = words;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping("/admin/revisionslog")
    String search(
            @Validated @ModelAttribute("form") AuditSearchForm form,
            BindingResult result,
            @RequestParam(defaultValue = "1") int page,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("navSection", "admin");
        model.addAttribute("entityTypes", entityTypeChoices(form.entityType(), locale));
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "admin/audit/list";
        }
        AuditQuery.Page found = audit.search(form.criteria(), Math.max(1, page));
        model.addAttribute("page", found);
        model.addAttribute(
                "entries",
                found.entries().stream().map(entry -> words.show(entry, locale)).toList());
        return "admin/audit/list";
    }

    /** Type → name, sorted by name; a type in the address that the log does not hold stays selectable. */
    private Map<String, String> entityTypeChoices(String chosen, Locale locale) {
        List<String> types = new ArrayList<>(audit.entityTypes());
        if (chosen != null && !chosen.isBlank() && !types.contains(chosen.strip())) {
            types.add(chosen.strip());
        }
        Collator collator = Collator.getInstance(locale);
        Map<String, String> choices = new LinkedHashMap<>();
        types.stream()
                .sorted(Comparator.comparing((String type) -> words.entity(type, locale), collator))
                .forEach(type -> choices.put(type, words.entity(type, locale)));
        return choices;
    }
}
