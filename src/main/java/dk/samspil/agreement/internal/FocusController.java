package dk.samspil.agreement.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An indicator's page (its history per quarter, its target, hand-entered values) and a focus area's activities. */
@Controller
class FocusController {

    private final FocusService focus;
    private final AgreementService agreements;
    private final AgreementPages pages;

    FocusController(FocusService focus, AgreementService agreements, AgreementPages pages) {
        this.focus = focus;
        this.agreements = agreements;
        this.pages = pages;
    }

    private FocusService.Area area(long id) {
        return AgreementPages.found(focus.groups().stream()
                .flatMap(g -> g.areas().stream())
                .filter(a -> a.id() == id)
                .findFirst());
    }

    @GetMapping(AgreementPages.HOME + "/indikatorer/{id}")
    String indicator(
            @PathVariable long id,
            @RequestParam(name = "periode", required = false) @Nullable Long periode,
            Model model,
            Authentication user,
            Locale locale) {
        FocusService.Indicator indicator = AgreementPages.found(focus.indicator(id));
        AgreementService.Period period = periode == null
                ? agreements.current().orElse(null)
                : agreements.find(periode).orElse(null);
        pages.common(model, user, locale);
        model.addAttribute("indicator", indicator);
        model.addAttribute("area", area(indicator.focusAreaId()));
        model.addAttribute("period", period);
        model.addAttribute(
                "status",
                period == null
                        ? null
                        : focus.statuses(period, agreements.today()).get(id));
        if (!model.containsAttribute("targetForm")) {
            model.addAttribute("targetForm", new TargetForm(period == null ? null : period.id(), "", indicator.unit()));
        }
        if (!model.containsAttribute("valueForm")) {
            model.addAttribute("valueForm", new ValueForm(agreements.today(), ""));
        }
        return "agreement/indicator";
    }

    @PostMapping(AgreementPages.HOME + "/indikatorer/{id}/maal")
    String target(
            @PathVariable long id,
            @Valid @ModelAttribute TargetForm targetForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FocusService.Indicator indicator = AgreementPages.found(focus.indicator(id));
        if (targetForm.periodId() != null
                && agreements.find(targetForm.periodId()).isEmpty()) {
            FormErrors.reject(result, List.of(new Violation("periodId", "agreement.period.required")));
        }
        return FormErrors.submit(
                result,
                response,
                () -> {
                    focus.setTarget(indicator, targetForm.periodId(), targetForm);
                    redirect.addFlashAttribute("success", "agreement.target.saved");
                    return "redirect:" + AgreementPages.HOME + "/indikatorer/" + id + "?periode="
                            + targetForm.periodId();
                },
                () -> indicator(id, null, model, user, locale));
    }

    @PostMapping(AgreementPages.HOME + "/indikatorer/{id}/vaerdier")
    String value(
            @PathVariable long id,
            @Valid @ModelAttribute ValueForm valueForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FocusService.Indicator indicator = AgreementPages.found(focus.indicator(id));
        FormErrors.rejectDateOutsideLimits(result, "quarterDate", valueForm.quarterDate());
        return FormErrors.submit(
                result,
                response,
                () -> {
                    focus.enterValue(indicator, valueForm);
                    redirect.addFlashAttribute("success", "agreement.value.saved");
                    return "redirect:" + AgreementPages.HOME + "/indikatorer/" + id;
                },
                () -> indicator(id, null, model, user, locale));
    }

    @GetMapping(AgreementPages.HOME + "/fokusomraader/{id}")
    String area(
            @PathVariable long id,
            @RequestParam(name = "aktivitet", required = false) @Nullable Long aktivitet,
            Model model,
            Authentication user,
            Locale locale) {
        FocusService.Area area = area(id);
        pages.common(model, user, locale);
        model.addAttribute("area", area);
        FocusService.Activity edited = aktivitet == null || !AgreementPages.manages(user)
                ? null
                : area.activities().stream()
                        .filter(a -> a.id() == aktivitet)
                        .findFirst()
                        .orElse(null);
        model.addAttribute("editedActivity", edited);
        if (edited != null && !model.containsAttribute("activityChangeForm")) {
            model.addAttribute(
                    "activityChangeForm",
                    new ActivityChangeForm(
                            edited.title(),
                            ActivityForm.Status.valueOf(edited.status()),
                            edited.owner(),
                            edited.startsOn(),
                            edited.endsOn()));
        }
        AgreementService.Period period = agreements.current().orElse(null);
        model.addAttribute("period", period);
        model.addAttribute("statuses", period == null ? Map.of() : focus.statuses(period, agreements.today()));
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", new ActivityForm("", "", ActivityForm.Status.PLANNED, null, null));
        }
        if (!model.containsAttribute("goalForm")) {
            model.addAttribute("goalForm", new SettingsForms.GoalForm(""));
        }
        return "agreement/area";
    }

    @PostMapping(AgreementPages.HOME + "/fokusomraader/{id}/aktiviteter")
    String activity(
            @PathVariable long id,
            @Valid @ModelAttribute ActivityForm activityForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        area(id);
        FormErrors.rejectDateOutsideLimits(result, "startsOn", activityForm.startsOn());
        FormErrors.rejectDateOutsideLimits(result, "endsOn", activityForm.endsOn());
        return FormErrors.submit(
                result,
                response,
                () -> {
                    focus.addActivity(id, activityForm);
                    redirect.addFlashAttribute("success", "agreement.activity.saved");
                    return "redirect:" + AgreementPages.HOME + "/fokusomraader/" + id;
                },
                () -> area(id, null, model, user, locale));
    }

    /** Management changes an activity's title, status, owner and dates on its focus area's page. */
    @PostMapping(AgreementPages.HOME + "/aktiviteter/{id}/rediger")
    String changeActivity(
            @PathVariable long id,
            @Valid @ModelAttribute ActivityChangeForm activityChangeForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long areaId = AgreementPages.found(focus.activityArea(id));
        FormErrors.rejectDateOutsideLimits(result, "activityStartsOn", activityChangeForm.activityStartsOn());
        FormErrors.rejectDateOutsideLimits(result, "activityEndsOn", activityChangeForm.activityEndsOn());
        return FormErrors.submit(
                result,
                response,
                () -> {
                    focus.changeActivity(id, activityChangeForm);
                    redirect.addFlashAttribute("success", "agreement.activity.changed");
                    return "redirect:" + AgreementPages.HOME + "/fokusomraader/" + areaId;
                },
                () -> area(areaId, id, model, user, locale));
    }

    @PostMapping(AgreementPages.HOME + "/fokusomraader/{id}/maal")
    String goal(
            @PathVariable long id,
            @Valid @ModelAttribute SettingsForms.GoalForm goalForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        area(id);
        if (!result.hasErrors()) {
            focus.addGoal(id, goalForm.goal());
            redirect.addFlashAttribute("success", "agreement.goal.saved");
            return "redirect:" + AgreementPages.HOME + "/fokusomraader/" + id;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return area(id, null, model, user, locale);
    }
}
