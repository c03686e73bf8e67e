package dk.samspil.pipeline.internal.staff;

import dk.samspil.codelists.CpvPicker;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The CPV picker's search for officers. For htmx it answers with the shared list of matches only; opened directly
 * (without JavaScript) it is a whole page with a search form, from which the officer copies a code.
 */
@Controller
class CpvSearchController {

    private final CpvPicker picker;

    CpvSearchController(CpvPicker picker) {
        this.picker = picker;
    }

    @GetMapping("/intern/cpv/sog")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String field,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        String query = CpvPicker.query(q);
        model.addAttribute("q", query);
        model.addAttribute("field", CpvPicker.field(field));
        model.addAttribute("matches", picker.suggest(query, locale));
        model.addAttribute("navSection", "pipeline-staff");
        return htmx != null ? "fragments/cpv :: results" : "pipeline/staff/cpv-search";
    }
}
