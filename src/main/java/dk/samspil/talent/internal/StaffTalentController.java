package dk.samspil.talent.internal;

import dk.samspil.platform.ChoiceLabels;
import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Spreadsheets;
import dk.samspil.talent.TalentFigures;
import dk.samspil.talent.TalentProperties;
import dk.samspil.talent.internal.Choices.Outcome;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moderation, postings on a company's behalf and the outcome figures, for consultants and management. */
@Controller
class StaffTalentController {

    private final TalentService talent;
    private final TalentFigures figures;
    private final ChoiceLabels labels;
    private final TalentProperties properties;
    private final MessageSource messages;

    private static final Map<ModerationForm.Decision, String> DONE = Map.of(
            ModerationForm.Decision.APPROVE, "talent.staff.approved",
            ModerationForm.Decision.CHANGES, "talent.staff.changesAsked",
            ModerationForm.Decision.REJECT, "talent.staff.rejected");

    StaffTalentController(
            TalentService talent,
            TalentFigures figures,
            ChoiceLabels labels,
            TalentProperties properties,
            MessageSource messages) {
        this.messages = messages;
        this.talent = talent;
        this.figures = figures;
        this.labels = labels;
        this.properties = properties;
    }

    @GetMapping("/intern/talent")
    String list(Model model) {
        model.addAttribute("opportunities", talent.forStaff());
        model.addAttribute("navSection", "talent-staff");
        return "talent/staff-list";
    }

    @GetMapping("/intern/talent/{id}")
    String detail(@PathVariable long id, Model model, Locale locale, HttpServletResponse response) {
        Optional<Opportunity> opportunity = talent.find(id);
        if (opportunity.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return PublicTalentController.message("talent.notFound", model, response, HttpStatus.NOT_FOUND);
        }
        model.addAttribute("opportunity", opportunity.get());
        model.addAttribute("outcomeChoices", labels.of(List.of(Outcome.values()), "talent.outcome.", locale));
        model.addAttribute("navSection", "talent-staff");
        return "talent/staff-detail";
    }

    /** Approve, ask for changes or reject: one form, one path; the decision is the button pressed. */
    @PostMapping("/intern/talent/{id}/behandl")
    String moderate(
            @PathVariable long id,
            @Valid @ModelAttribute ModerationForm moderationForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (talent.find(id).isEmpty()) {
            return notFound(model, response);
        }
        if (result.hasFieldErrors("decision") || moderationForm.decision() == null) {
            return refused(id, "talent.staff.decisionNeeded", model, locale, response);
        }
        if (result.hasErrors()) {
            return refused(id, "talent.staff.messageTooLong", model, locale, response);
        }
        try {
            return done(
                    id,
                    talent.moderate(id, moderationForm.decision(), moderationForm.message()),
                    DONE.get(moderationForm.decision()),
                    redirect);
        } catch (Rejected rejected) {
            return refused(id, rejected.violations().get(0).messageKey(), model, locale, response);
        }
    }

    @PostMapping("/intern/talent/{id}/afslut")
    String close(
            @PathVariable long id,
            @Valid @ModelAttribute CloseForm closeForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (talent.find(id).isEmpty()) {
            return notFound(model, response);
        }
        if (result.hasErrors()) {
            return refused(id, "talent.staff.outcomeNeeded", model, locale, response);
        }
        return done(id, talent.close(id, closeForm.outcome()), "talent.staff.closed", redirect);
    }

    private String refused(long id, String errorKey, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("error", errorKey);
        String view = detail(id, model, locale, response);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return view;
    }

    private static String notFound(Model model, HttpServletResponse response) {
        return PublicTalentController.message("talent.notFound", model, response, HttpStatus.NOT_FOUND);
    }

    private static String done(long id, boolean changed, String successKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute(changed ? "success" : "error", changed ? successKey : "talent.staff.notNow");
        return "redirect:/intern/talent/" + id;
    }

    @GetMapping("/intern/talent/ny")
    String newForm(Model model, Locale locale) {
        model.addAttribute("opportunityForm", OpportunityForm.empty());
        return newPage(model, locale);
    }

    @PostMapping("/intern/talent/ny")
    String create(
            @Valid @ModelAttribute OpportunityForm opportunityForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = talent.postByConsultant(opportunityForm);
                redirect.addFlashAttribute("success", "talent.staff.created");
                return "redirect:/intern/talent/" + id;
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return newPage(model, locale);
    }

    @GetMapping("/intern/talent/tal")
    String figures(Model model, Locale locale) {
        model.addAttribute("byField", figures.counts(TalentFigures.Dimension.FIELD));
        model.addAttribute("byInstitution", figures.counts(TalentFigures.Dimension.INSTITUTION));
        model.addAttribute("byIndustry", figures.counts(TalentFigures.Dimension.INDUSTRY));
        model.addAttribute("byQuarter", figures.counts(TalentFigures.Dimension.QUARTER));
        model.addAttribute("fieldChoices", labels.of(List.of(Choices.StudyField.values()), "talent.field.", locale));
        model.addAttribute("navSection", "talent-staff");
        return "talent/figures";
    }

    /** The outcome figures as a file: one row per dimension and key, as on the page. */
    @GetMapping("/intern/talent/tal.csv")
    ResponseEntity<byte[]> figuresCsv(Locale locale) {
        return FileDownloads.attachment("talentbroen-tal.csv", Spreadsheets.CSV)
                .body(Spreadsheets.csv(figuresHeader(locale), figuresRows(locale)));
    }

    @GetMapping("/intern/talent/tal.xlsx")
    ResponseEntity<byte[]> figuresXlsx(Locale locale) {
        return FileDownloads.attachment("talentbroen-tal.xlsx", Spreadsheets.XLSX)
                .body(Spreadsheets.xlsx(
                        messages.getMessage("talent.figures.sheet", null, locale),
                        figuresHeader(locale),
                        figuresRows(locale)));
    }

    private List<String> figuresHeader(Locale locale) {
        return List.of(
                messages.getMessage("talent.figures.export.dimension", null, locale),
                messages.getMessage("talent.figures.export.key", null, locale),
                messages.getMessage("talent.figures.hired", null, locale),
                messages.getMessage("talent.figures.fulfilled", null, locale));
    }

    private List<List<Object>> figuresRows(Locale locale) {
        Map<String, String> fields = labels.of(List.of(Choices.StudyField.values()), "talent.field.", locale);
        String unspecified = messages.getMessage("talent.figures.unspecified", null, locale);
        List<List<Object>> rows = new ArrayList<>();
        for (TalentFigures.Dimension dimension : TalentFigures.Dimension.values()) {
            String name = messages.getMessage(
                    "talent.figures.key." + dimension.name().toLowerCase(Locale.ROOT), null, locale);
            for (TalentFigures.Count count : figures.counts(dimension)) {
                String key = "-".equals(count.key())
                        ? unspecified
                        : dimension == TalentFigures.Dimension.FIELD
                                ? fields.getOrDefault(count.key(), count.key())
                                : count.key();
                rows.add(List.of(name, key, Math.toIntExact(count.hired()), Math.toIntExact(count.fulfilled())));
            }
        }
        return rows;
    }

    private String newPage(Model model, Locale locale) {
        model.addAttribute("kindChoices", labels.of(List.of(Choices.Kind.values()), "talent.kind.", locale));
        model.addAttribute("fieldChoices", labels.of(List.of(Choices.StudyField.values()), "talent.field.", locale));
        model.addAttribute("levelChoices", labels.of(List.of(Choices.Level.values()), "talent.level.", locale));
        model.addAttribute(
                "institutionChoices",
                properties.institutions().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                name -> name, name -> name, (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("staff", true);
        model.addAttribute("navSection", "talent-staff");
        return "talent/post-form";
    }
}
