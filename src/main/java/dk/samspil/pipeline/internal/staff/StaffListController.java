package dk.samspil.pipeline.internal.staff;

import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.EntryCounts;
import dk.samspil.pipeline.ProcurementStatus;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** All planned procurements, drafts included, for the procurement officers. */
@Controller
class StaffListController {

    private final StaffListQuery query;
    private final OrganisationService organisation;
    private final List<EntryCounts> counts;

    StaffListController(StaffListQuery query, OrganisationService organisation, List<EntryCounts> counts) {
        this.query = query;
        this.organisation = organisation;
        this.counts = counts;
    }

    /** One extra column: its heading and the count per reference of the page's rows. */
    record CountColumn(String labelKey, Map<String, Integer> values) {

        public int of(String reference) {
            return values.getOrDefault(reference, 0);
        }
    }

    @GetMapping("/intern/indkoeb")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            Model model) {
        StaffListFilter filter = StaffListFilter.of(q, status, unit, sort, page);
        model.addAttribute("filter", filter);
        StaffListQuery.Page rows = query.find(filter);
        List<String> references =
                rows.rows().stream().map(StaffListQuery.Row::reference).toList();
        model.addAttribute("page", rows);
        model.addAttribute(
                "countColumns",
                counts.stream()
                        .map(column -> new CountColumn(column.labelKey(), column.forReferences(references)))
                        .toList());
        model.addAttribute("statuses", ProcurementStatus.values());
        model.addAttribute("units", organisation.allBuyingUnits());
        model.addAttribute("navSection", "pipeline-staff");
        return "pipeline/staff/list";
    }
}
