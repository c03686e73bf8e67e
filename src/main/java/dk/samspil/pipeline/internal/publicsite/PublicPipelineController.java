package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.codelists.NutsCatalogue;
import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.EntryPageContribution.Place;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.internal.EntryPageParts;
import dk.samspil.platform.DanishFormats;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The public pipeline: the searchable list, the quarter-by-quarter timeline and one page per entry. No login. */
@Controller
class PublicPipelineController {

    private static final Pattern QUERY_CHUNK = Pattern.compile("(-?)(\"[^\"]*\"?|[^\\s\"]+)");

    /** Quarters shown one by one on the timeline, the current one included; later entries share one heading. */
    static final int TIMELINE_QUARTERS = 8;

    static final int TIMELINE_LIMIT = 400;

    private final PipelineSearch search;
    private final ProcurementService procurements;
    private final OrganisationService organisation;
    private final NutsCatalogue nuts;
    private final DanishFormats formats;
    private final EntryPageParts parts;
    private final PublicListView view;
    private final Clock clock;

    PublicPipelineController(
            PipelineSearch search,
            ProcurementService procurements,
            OrganisationService organisation,
            NutsCatalogue nuts,
            DanishFormats formats,
            EntryPageParts parts,
            PublicListView view,
            Clock clock) {
        this.view = view;
        this.search = search;
        this.procurements = procurements;
        this.organisation = organisation;
        this.nuts = nuts;
        this.formats = formats;
        this.parts = parts;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "pipeline";
    }

    /** A search whose URL is not in canonical form (an empty form field, another order) is redirected to it. */
    @GetMapping(SearchForm.PATH)
    String list(@ModelAttribute("form") SearchForm form, HttpServletRequest request, Model model) {
        ProcurementQuery query = form.toQuery();
        String canonical = SearchForm.queryString(query);
        if (!Objects.equals(request.getQueryString(), canonical)) {
            return "redirect:" + SearchForm.url(query);
        }
        ProcurementPage page = search.search(query);
        List<PageLink> pages = PageLink.around(query, page);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("previousUrl", page.hasPrevious() ? SearchForm.url(query.withPage(page.page() - 1)) : null);
        model.addAttribute("nextUrl", page.hasNext() ? SearchForm.url(query.withPage(page.page() + 1)) : null);
        SearchView shown = view.of(
                query,
                page,
                quarters(query.expected()),
                pages.isEmpty() ? null : pages.get(0).url(),
                alertUrl(query),
                request.getContextPath(),
                LocaleContextHolder.getLocale(),
                code -> organisation.buyingUnit(code).map(BuyingUnit::name));
        model.addAttribute("searchFormHtml", view.searchFormHtml(shown));
        model.addAttribute("resultsHtml", view.resultsHtml(shown));
        return "pipeline/public/list";
    }

    @GetMapping(SearchForm.PATH + "/tidslinje")
    String timeline(Model model) {
        LocalDate start = currentQuarter().from();
        Map<ExpectedPeriod, List<PlannedProcurement>> byQuarter = new LinkedHashMap<>();
        ExpectedPeriod quarter = currentQuarter();
        for (int i = 0; i < TIMELINE_QUARTERS; i++) {
            byQuarter.put(quarter, new ArrayList<>());
            quarter = next(quarter);
        }
        List<PlannedProcurement> later = new ArrayList<>();
        for (PlannedProcurement p : search.upcoming(start, TIMELINE_LIMIT)) {
            ExpectedPeriod expected = p.details().expectedPublication();
            ExpectedPeriod itsQuarter = ExpectedPeriod.ofQuarter(expected.year(), expected.quarterOfYear());
            byQuarter.getOrDefault(itsQuarter, later).add(p);
        }
        List<TimelineQuarter> quarters = new ArrayList<>();
        byQuarter.forEach((q, entries) ->
                quarters.add(new TimelineQuarter(q.code(), formats.quarter(q.year(), q.quarter()), entries)));
        model.addAttribute("quarters", quarters);
        model.addAttribute("later", later);
        return "pipeline/public/timeline";
    }

    @GetMapping(SearchForm.PATH + "/{reference}")
    String detail(@PathVariable String reference, Model model) {
        PlannedProcurement procurement = procurements
                .find(reference)
                .filter(p -> p.status().isPublic())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String nutsCode = procurement.details().nutsCode() != null
                ? procurement.details().nutsCode()
                : organisation.municipality().map(Municipality::nutsCode).orElse(null);
        model.addAttribute("p", procurement);
        model.addAttribute("history", procurements.history(procurement.reference()));
        model.addAttribute("nutsCode", nutsCode);
        model.addAttribute(
                "nutsLabel",
                nutsCode == null
                        ? null
                        : nuts.label(nutsCode, LocaleContextHolder.getLocale()).orElse(null));
        model.addAttribute("entryActions", parts.at(Place.PUBLIC_ACTIONS, procurement));
        model.addAttribute("entrySections", parts.at(Place.PUBLIC_SECTIONS, procurement));
        return "pipeline/public/detail";
    }

    /** The alert form prefilled with the search's words, CPV division, buying unit and value range. */
    static String alertUrl(ProcurementQuery query) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/varsling");
        if (query.text() != null) {
            // the alert form splits words itself and keeps "phrases"; -word becomes an excluded keyword, OR goes
            // (an alert matches any of its keywords)
            List<String> words = new ArrayList<>();
            List<String> excluded = new ArrayList<>();
            Matcher chunk = QUERY_CHUNK.matcher(query.text());
            while (chunk.find()) {
                String part = chunk.group(2);
                if (part.equals("OR") || part.equals("\"")) {
                    continue;
                }
                if (part.startsWith("\"") && (part.length() == 1 || !part.endsWith("\""))) {
                    part = part + "\"";
                }
                (chunk.group(1).isEmpty() ? words : excluded).add(part);
            }
            if (!words.isEmpty()) {
                url.queryParam("ord", String.join(" ", words));
            }
            if (!excluded.isEmpty()) {
                url.queryParam("uden", String.join(" ", excluded));
            }
        }
        if (query.cpvDivision() != null) {
            url.queryParam("cpv", query.cpvDivision() + "000000");
        }
        if (query.buyingUnit() != null) {
            url.queryParam("enhed", query.buyingUnit().toUpperCase(Locale.ROOT));
        }
        if (query.valueBand() != null && query.valueBand().lowerInclusive() != null) {
            url.queryParam("min", query.valueBand().lowerInclusive());
        }
        if (query.valueBand() != null && query.valueBand().upperExclusive() != null) {
            url.queryParam("max", query.valueBand().upperExclusive() - 1);
        }
        return url.encode().build().toUriString();
    }

    record TimelineQuarter(String code, String heading, List<PlannedProcurement> entries) {}

    /** The next quarters to choose from, and the chosen period when it lies outside them. */
    private List<ExpectedPeriod> quarters(ExpectedPeriod selected) {
        List<ExpectedPeriod> quarters = new ArrayList<>();
        ExpectedPeriod quarter = currentQuarter();
        for (int i = 0; i < TIMELINE_QUARTERS; i++) {
            quarters.add(quarter);
            quarter = next(quarter);
        }
        if (selected != null && !quarters.contains(selected)) {
            quarters.add(0, selected);
        }
        return quarters;
    }

    private ExpectedPeriod currentQuarter() {
        LocalDate today = LocalDate.now(clock);
        return ExpectedPeriod.ofQuarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
    }

    private static ExpectedPeriod next(ExpectedPeriod quarter) {
        return quarter.quarter() == 4
                ? ExpectedPeriod.ofQuarter(quarter.year() + 1, 1)
                : ExpectedPeriod.ofQuarter(quarter.year(), quarter.quarter() + 1);
    }
}
