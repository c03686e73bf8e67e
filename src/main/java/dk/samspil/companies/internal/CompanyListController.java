package dk.samspil.companies.internal;

import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finding companies: the list with Danish full-text search and filters, paged; the business centre's tags on a company;
 * saved segments ({@code /segmenter}); CSV and XLSX exports of the current filter or of a segment.
 */
@Controller
@RequestMapping(CompanyController.BASE)
class CompanyListController {

    static final String SEGMENTS = CompanyController.BASE + "/segmenter";
    static final int PAGE_SIZE = 50;

    /** The segment form on the list: a name for the filter shown. */
    record SegmentForm(@Nullable String name) {}

    private final CompanySearch search;
    private final CompanySegmentService segments;
    private final CompanyExport export;
    private final CompanyService companies;

    CompanyListController(
            CompanySearch search, CompanySegmentService segments, CompanyExport export, CompanyService companies) {
        this.search = search;
        this.segments = segments;
        this.export = export;
        this.companies = companies;
    }

    @InitBinder
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "companies";
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") CompanyFilter filter,
            BindingResult result,
            @RequestParam(defaultValue = "0") int page,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("total", companies.count());
        model.addAttribute("bandChoices", bandChoices());
        model.addAttribute("tagsInUse", search.tagsInUse());
        model.addAttribute("query", query(filter));
        model.addAttribute("filtered", !filter.normalised().isEmpty());
        if (!model.containsAttribute("segmentForm")) {
            model.addAttribute("segmentForm", new SegmentForm(null));
        }
        CompanySearch.Page found = null;
        if (!result.hasErrors()) {
            try {
                found = search.find(filter, organisation(user), Math.max(0, page), PAGE_SIZE);
            } catch (Rejected e) {
                FormErrors.reject(result, e.violations());
            }
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("found", found);
        CompanyFilter shown = filter.normalised();
        model.addAttribute(
                "filtersOpen",
                result.hasErrors()
                        || !new CompanyFilter(
                                        null,
                                        shown.industry(),
                                        shown.employeeBand(),
                                        shown.municipalityCode(),
                                        shown.postalCode(),
                                        shown.tags(),
                                        shown.visitedMonths(),
                                        shown.cpv())
                                .isEmpty());
        return "companies/list";
    }

    @GetMapping("/eksport")
    ResponseEntity<byte[]> exportFilter(
            @ModelAttribute("filter") CompanyFilter filter,
            BindingResult result,
            @RequestParam(defaultValue = "CSV") CompanyExport.Format format,
            Authentication user) {
        if (result.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            return file(export.export(filter, organisation(user), format, null), format);
        } catch (Rejected e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/{cvr}/tags")
    String setTags(
            @PathVariable String cvr, @RequestParam(defaultValue = "") String tags, RedirectAttributes redirect) {
        Company company = companies.find(cvr).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            search.setTags(company, tags);
            redirect.addFlashAttribute("notice", "companies.notice.tagsSaved");
        } catch (Rejected e) {
            redirect.addFlashAttribute("tagsError", e.violations().get(0));
            redirect.addFlashAttribute("tagsText", tags);
        }
        return "redirect:" + CompanyController.BASE + "/" + company.cvr() + "#tags";
    }

    @GetMapping("/segmenter")
    String segmentList(Model model) {
        model.addAttribute("segments", segments.all());
        return "companies/segments";
    }

    @PostMapping("/segmenter")
    String createSegment(
            @ModelAttribute("filter") CompanyFilter filter,
            BindingResult filterResult,
            @ModelAttribute("segmentForm") SegmentForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!filterResult.hasErrors()) {
            try {
                segments.create(form.name(), filter, user.getName());
                redirect.addFlashAttribute("notice", "companies.segment.notice.created");
                return "redirect:" + SEGMENTS;
            } catch (Rejected e) {
                FormErrors.reject(
                        result,
                        e.violations().stream()
                                .filter(v -> v.field().equals("name"))
                                .toList());
                FormErrors.reject(
                        filterResult,
                        e.violations().stream()
                                .filter(v -> !v.field().equals("name"))
                                .toList());
            }
        }
        String view = list(filter, filterResult, 0, user, locale, model, response);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return view;
    }

    @GetMapping("/segmenter/{id}")
    String openSegment(@PathVariable UUID id) {
        CompanySegmentService.Saved saved = segment(id);
        return "redirect:" + CompanyController.BASE + query(saved.filter());
    }

    @GetMapping("/segmenter/{id}/eksport")
    ResponseEntity<byte[]> exportSegment(
            @PathVariable UUID id, @RequestParam(defaultValue = "CSV") CompanyExport.Format format) {
        CompanySegmentService.Saved saved = segment(id);
        return file(export.export(saved.filter(), StaffOrganisation.BUSINESS_CENTRE, format, saved.name()), format);
    }

    @PostMapping("/segmenter/{id}/slet")
    String deleteSegment(@PathVariable UUID id, RedirectAttributes redirect) {
        if (!segments.delete(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "companies.segment.notice.deleted");
        return "redirect:" + SEGMENTS;
    }

    private CompanySegmentService.Saved segment(UUID id) {
        return segments.saved(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> file(CompanyExport.File file, CompanyExport.Format format) {
        return FileDownloads.attachment(
                        file.name(),
                        format == CompanyExport.Format.CSV
                                ? dk.samspil.platform.Spreadsheets.CSV
                                : dk.samspil.platform.Spreadsheets.XLSX)
                .header("Cache-Control", "no-store")
                .body(file.content());
    }

    /** The filter as the list's query string ({@code ?q=...&industry=...}), empty for no filter. */
    static String query(CompanyFilter raw) {
        CompanyFilter filter = raw.normalised();
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        add(uri, "q", filter.q());
        add(uri, "industry", filter.industry());
        add(uri, "employeeBand", filter.employeeBand());
        add(uri, "municipalityCode", filter.municipalityCode());
        add(uri, "postalCode", filter.postalCode());
        if (filter.tags() != null && !filter.tags().isEmpty()) {
            add(uri, "tags", String.join(", ", filter.tags()));
        }
        add(uri, "visitedMonths", filter.visitedMonths());
        add(uri, "cpv", filter.cpv());
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }

    private Map<String, String> bandChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        search.employeeBands().forEach(band -> choices.put(band, CompanySearch.band(band)));
        return choices;
    }

    private static @Nullable StaffOrganisation organisation(Authentication user) {
        return StaffOrganisation.of(CompanyPage.roles(user)).orElse(null);
    }
}
