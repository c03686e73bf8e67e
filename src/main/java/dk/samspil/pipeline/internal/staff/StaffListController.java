package dk.samspil.pipeline.internal.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.ProcurementStatus;

/** All planned procurements, drafts included, for the procurement officers. */
@Controller
class StaffListController {

    private final StaffListQuery query;
    private final OrganisationService organisation;

    StaffListController(StaffListQuery query, OrganisationService organisation) {
        this.query = query;
        this.organisation = organisation;
    }

    @GetMapping("/intern/indkoeb")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String unit, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String page, Model model) {
        StaffListFilter filter = StaffListFilter.of(q, status, unit, sort, page);
        model.addAttribute("filter", filter);
        model.addAttribute("page", query.find(filter));
        model.addAttribute("statuses", ProcurementStatus.values());
        model.addAttribute("units", organisation.allBuyingUnits());
        model.addAttribute("navSection", "pipeline-staff");
        return "pipeline/staff/list";
    }
}
