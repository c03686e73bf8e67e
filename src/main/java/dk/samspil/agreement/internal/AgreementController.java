package dk.samspil.agreement.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
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

/** The agreement's overview and its periods with their budget. */
@Controller
class AgreementController {

    private final AgreementService agreements;
    private final FocusService focus;
    private final StatusMeetings meetings;
    private final AgreementPages pages;

    AgreementController(
            AgreementService agreements, FocusService focus, StatusMeetings meetings, AgreementPages pages) {
        this.agreements = agreements;
        this.focus = focus;
        this.meetings = meetings;
        this.pages = pages;
    }

    @GetMapping(AgreementPages.HOME)
    String overview(
            @RequestParam(name = "periode", required = false) @Nullable Long periode,
            Model model,
            Authentication user,
            Locale locale) {
        AgreementService.Period period = periode == null
                ? agreements.current().orElse(null)
                : agreements.find(periode).orElse(null);
        pages.common(model, user, locale);
        model.addAttribute("period", period);
        model.addAttribute("periods", agreements.periods());
        model.addAttribute("groups", focus.groups());
        if (period != null) {
            model.addAttribute("budget", agreements.budget(period));
            model.addAttribute("statuses", focus.statuses(period, agreements.today()));
        }
        model.addAttribute("meetings", meetings.meetings());
        if (!model.containsAttribute("periodForm")) {
            model.addAttribute("periodForm", PeriodForm.empty());
        }
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute(
                    "meetingForm", new MeetingForm(period == null ? null : period.id(), agreements.today(), ""));
        }
        return "agreement/overview";
    }

    @PostMapping(AgreementPages.HOME + "/perioder/ny")
    String createPeriod(
            @Valid @ModelAttribute PeriodForm periodForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.rejectDateOutsideLimits(result, "startsOn", periodForm.startsOn());
        FormErrors.rejectDateOutsideLimits(result, "endsOn", periodForm.endsOn());
        return FormErrors.submit(
                result,
                response,
                () -> {
                    long id = agreements.create(periodForm, user.getName());
                    redirect.addFlashAttribute("success", "agreement.period.created");
                    return "redirect:" + AgreementPages.HOME + "/perioder/" + id;
                },
                () -> overview(null, model, user, locale));
    }

    @GetMapping(AgreementPages.HOME + "/perioder/{id}")
    String period(@PathVariable long id, Model model, Authentication user, Locale locale) {
        AgreementService.Period period = pages.period(id);
        pages.common(model, user, locale);
        model.addAttribute("period", period);
        model.addAttribute("budget", agreements.budget(period));
        if (!model.containsAttribute("lineForm")) {
            LocalDate today = agreements.today();
            model.addAttribute("lineForm", BudgetLineForm.empty(period.contains(today) ? today : period.startsOn()));
        }
        if (!model.containsAttribute("allocationForm")) {
            model.addAttribute("allocationForm", AllocationForm.empty());
        }
        return "agreement/period";
    }

    @PostMapping(AgreementPages.HOME + "/perioder/{id}/budget")
    String addLine(
            @PathVariable long id,
            @Valid @ModelAttribute("lineForm") BudgetLineForm lineForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.period(id);
        FormErrors.rejectDateOutsideLimits(result, "date", lineForm.date());
        if (!result.hasErrors()) {
            try {
                agreements.addLine(id, lineForm, user.getName());
                redirect.addFlashAttribute("success", "agreement.line.saved");
                return "redirect:" + AgreementPages.HOME + "/perioder/" + id;
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
                response.setStatus(
                        rejected.conflict() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
                return period(id, model, user, locale);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return period(id, model, user, locale);
    }

    @PostMapping(AgreementPages.HOME + "/perioder/{id}/tildelinger")
    String addAllocation(
            @PathVariable long id,
            @Valid @ModelAttribute AllocationForm allocationForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.period(id);
        return FormErrors.submit(
                result,
                response,
                () -> {
                    agreements.addAllocation(id, allocationForm);
                    redirect.addFlashAttribute("success", "agreement.allocation.saved");
                    return "redirect:" + AgreementPages.HOME + "/perioder/" + id;
                },
                () -> period(id, model, user, locale));
    }

    @PostMapping(AgreementPages.HOME + "/perioder/{id}/luk")
    String close(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        pages.period(id);
        agreements.close(id, user.getName());
        redirect.addFlashAttribute("success", "agreement.period.closed");
        return "redirect:" + AgreementPages.HOME + "/perioder/" + id;
    }
}
