package dk.samspil.pipeline.internal.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

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

    /** Unreadable parameters are in {@code ignored} and count as not given. */
    @GetMapping("/intern/indkoeb")
    String list(@ModelAttribute("filter") StaffListFilter filter, BindingResult ignored, Model model) {
        model.addAttribute("page", query.find(filter));
        model.addAttribute("statuses", ProcurementStatus.values());
        model.addAttribute("units", organisation.allBuyingUnits());
        model.addAttribute("navSection", "pipeline-staff");
        return "pipeline/staff/list";
    }
}
