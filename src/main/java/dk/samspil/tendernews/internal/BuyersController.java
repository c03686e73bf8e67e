package dk.samspil.tendernews.internal;

import dk.samspil.platform.AuditLog;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's list of buyers besides the municipality (the region, neighbouring municipalities) whose
 * notices the public tender page shows, by org. number.
 */
@Controller
class BuyersController {

    record Buyer(String orgNumber, String name, String addedBy) {}

    @org.springframework.web.bind.annotation.ModelAttribute("navSection")
    String navSection() {
        return "tendernews-staff";
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    BuyersController(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(TenderNewsRoutes.BUYERS)
    String list(Model model) {
        model.addAttribute(
                "buyers",
                jdbc.sql("SELECT org_number, name, added_by FROM tender_buyer ORDER BY name")
                        .query(Buyer.class)
                        .list());
        return "tendernews/buyers";
    }

    @PostMapping(TenderNewsRoutes.BUYERS)
    @Transactional
    String add(
            @RequestParam(required = false) @Nullable String orgNumber,
            @RequestParam(required = false) @Nullable String name,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String digits = OrgNumbers.digits(orgNumber);
        String cleanName = name == null ? "" : name.strip();
        String error = digits.length() < 6
                        || digits.length() > 20
                        || !digits.equals(orgNumber == null ? "" : orgNumber.replaceAll("[\\sA-Za-z-]", ""))
                ? "tendernews.buyers.error.orgNumber"
                : cleanName.isEmpty()
                                || cleanName.length() > 400
                                || cleanName.chars().anyMatch(Character::isISOControl)
                        ? "tendernews.buyers.error.name"
                        : null;
        if (error != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", error);
            model.addAttribute("orgNumber", orgNumber);
            model.addAttribute("name", name);
            return list(model);
        }
        int added = jdbc.sql("""
                        INSERT INTO tender_buyer (org_number, name, added_by, added_at) VALUES (:org, :name, :user, :now)
                        ON CONFLICT (org_number) DO UPDATE SET name = excluded.name""")
                .param("org", digits)
                .param("name", cleanName)
                .param("user", user.getName())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.created("TenderBuyer", digits, Map.of("name", cleanName));
        redirect.addFlashAttribute("saved", added > 0 ? "tendernews.buyers.added" : "tendernews.buyers.added");
        return "redirect:" + TenderNewsRoutes.BUYERS;
    }

    @PostMapping(TenderNewsRoutes.BUYERS + "/{orgNumber}/fjern")
    @Transactional
    String remove(@PathVariable String orgNumber, RedirectAttributes redirect) {
        String digits = OrgNumbers.digits(orgNumber);
        if (jdbc.sql("DELETE FROM tender_buyer WHERE org_number = :org")
                        .param("org", digits)
                        .update()
                > 0) {
            audit.deleted("TenderBuyer", digits, Map.of());
            redirect.addFlashAttribute("saved", "tendernews.buyers.removed");
        }
        return "redirect:" + TenderNewsRoutes.BUYERS;
    }
}
