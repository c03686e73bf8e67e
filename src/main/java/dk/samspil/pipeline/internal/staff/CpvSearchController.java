package dk.samspil.pipeline.internal.staff;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dk.samspil.codelists.CpvCatalogue;

/**
 * The CPV picker's search. For htmx it answers with the list of matches only; opened directly (without JavaScript)
 * it is a whole page with a search form, from which the officer copies a code.
 */
@Controller
class CpvSearchController {

    private static final int LIMIT = 15;
    private static final int MAX_QUERY = 200;

    private final CpvCatalogue catalogue;
    private final CpvPaths paths;

    CpvSearchController(CpvCatalogue catalogue, CpvPaths paths) {
        this.catalogue = catalogue;
        this.paths = paths;
    }

    @GetMapping("/intern/cpv/sog")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        List<CpvMatch> matches = query.isEmpty() ? List.of() : catalogue.search(query, locale, LIMIT).stream()
                .map(e -> new CpvMatch(e.code().value(), e.label(locale), paths.line(e.code(), locale)))
                .toList();
        model.addAttribute("q", query);
        model.addAttribute("field", field != null && field.matches("[A-Za-z0-9_.\\[\\]-]{1,40}") ? field : null);
        model.addAttribute("matches", matches);
        model.addAttribute("navSection", "pipeline-staff");
        return htmx != null ? "pipeline/staff/cpv-search :: results" : "pipeline/staff/cpv-search";
    }

    record CpvMatch(String code, String label, String path) {
    }
}
