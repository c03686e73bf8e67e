package dk.samspil.alerts.internal.staff;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Numbers of subscriptions for staff: totals, by CPV division and by buying unit. */
@Controller
class AlertOverviewController {

    private final AlertStatistics statistics;

    AlertOverviewController(AlertStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/intern/varsling")
    String overview(Model model, Locale locale) {
        model.addAttribute("overview", statistics.overview(locale));
        model.addAttribute("navSection", "alerts-staff");
        return "alerts/staff/overview";
    }
}
