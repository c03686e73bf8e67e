package dk.samspil.agreement.internal;

import dk.samspil.platform.ChoiceLabels;
import dk.samspil.platform.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** What the agreement's pages share: paths, finding things or answering 404, choices and who may edit. */
@Component
class AgreementPages {

    static final String HOME = "/intern/aftale";
    static final String SETTINGS = HOME + "/indstillinger";
    static final String NAV = "agreement";
    /** Who reads the agreement's pages. */
    static final String[] READERS = {Roles.MANAGEMENT, Roles.CONSULTANT, Roles.PROCUREMENT, Roles.ADMIN};

    private final AgreementService agreements;
    private final FocusService focus;
    private final ChoiceLabels labels;

    AgreementPages(AgreementService agreements, FocusService focus, ChoiceLabels labels) {
        this.agreements = agreements;
        this.focus = focus;
        this.labels = labels;
    }

    static <T> T found(java.util.Optional<T> value) {
        return value.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    AgreementService.Period period(long id) {
        return found(agreements.find(id));
    }

    static boolean manages(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.MANAGEMENT));
    }

    /** The common model: navigation, whether the user edits, and the choices of the forms. */
    void common(Model model, Authentication user, Locale locale) {
        model.addAttribute("navSection", NAV);
        model.addAttribute("canEdit", manages(user));
        Map<String, String> areas = new LinkedHashMap<>();
        for (FocusService.Group group : focus.groups()) {
            for (FocusService.Area area : group.areas()) {
                areas.put(String.valueOf(area.id()), group.name() + ": " + area.name());
            }
        }
        model.addAttribute("areaChoices", areas);
        Map<String, String> periods = new LinkedHashMap<>();
        agreements.periods().forEach(p -> periods.put(String.valueOf(p.id()), p.name()));
        model.addAttribute("periodChoices", periods);
        model.addAttribute("unitChoices", labels.of(List.of(Unit.values()), "agreement.unit.", locale));
        model.addAttribute(
                "kindChoices", labels.of(List.of(IndicatorKind.values()), "agreement.indicator.kind.", locale));
        model.addAttribute(
                "lineKindChoices", labels.of(List.of(BudgetLineForm.Kind.values()), "agreement.line.kind.", locale));
        model.addAttribute(
                "allocationKindChoices",
                labels.of(List.of(AllocationForm.Kind.values()), "agreement.allocation.kind.", locale));
        model.addAttribute(
                "activityStatusChoices",
                labels.of(List.of(ActivityForm.Status.values()), "agreement.activity.status.", locale));
        model.addAttribute(
                "projectStatusChoices",
                labels.of(List.of(ProjectForm.Status.values()), "agreement.project.status.", locale));
    }
}
