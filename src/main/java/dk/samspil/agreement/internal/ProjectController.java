package dk.samspil.agreement.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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

/** Joint projects and ideas: every reader may propose an idea; management adds projects and moves ideas to them. */
@Controller
class ProjectController {

    private final ProjectService projects;
    private final AgreementService agreements;
    private final AgreementPages pages;

    ProjectController(ProjectService projects, AgreementService agreements, AgreementPages pages) {
        this.projects = projects;
        this.agreements = agreements;
        this.pages = pages;
    }

    @GetMapping(AgreementPages.HOME + "/projekter")
    String list(
            @RequestParam(name = "projekt", required = false) @Nullable Long projekt,
            @RequestParam(name = "afvis", required = false) @Nullable Long afvis,
            Model model,
            Authentication user,
            Locale locale) {
        pages.common(model, user, locale);
        List<ProjectService.Project> all = projects.projects();
        List<ProjectService.Idea> ideas = projects.ideas();
        model.addAttribute("projects", all);
        model.addAttribute("ideas", ideas);
        boolean manages = AgreementPages.manages(user);
        ProjectService.Project edited = projekt == null || !manages
                ? null
                : all.stream().filter(p -> p.id() == projekt).findFirst().orElse(null);
        model.addAttribute("editedProject", edited);
        if (edited != null && !model.containsAttribute("projectChangeForm")) {
            model.addAttribute(
                    "projectChangeForm",
                    new ProjectChangeForm(
                            edited.name(),
                            ProjectForm.Status.valueOf(edited.status()),
                            Money.kroner(edited.budgetOre())
                                    .stripTrailingZeros()
                                    .toPlainString()
                                    .replace('.', ',')));
        }
        ProjectService.Idea declined = afvis == null || !manages
                ? null
                : ideas.stream()
                        .filter(i -> i.id() == afvis && "PROPOSED".equals(i.status()))
                        .findFirst()
                        .orElse(null);
        model.addAttribute("declinedIdea", declined);
        if (declined != null && !model.containsAttribute("declineForm")) {
            model.addAttribute("declineForm", new DeclineForm(""));
        }
        if (!model.containsAttribute("projectForm")) {
            model.addAttribute("projectForm", new ProjectForm(null, "", "", "", "0", ProjectForm.Status.PLANNED, ""));
        }
        if (!model.containsAttribute("ideaForm")) {
            model.addAttribute("ideaForm", new IdeaForm(null, "", ""));
        }
        return "agreement/projects";
    }

    @PostMapping(AgreementPages.HOME + "/projekter/ny")
    String create(
            @Valid @ModelAttribute ProjectForm projectForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (projectForm.focusAreaId() != null && !agreements.focusAreaExists(projectForm.focusAreaId())) {
            FormErrors.reject(result, List.of(new Violation("focusAreaId", "agreement.focusArea.unknown")));
        }
        return FormErrors.submit(
                result,
                response,
                () -> {
                    projects.create(projectForm);
                    redirect.addFlashAttribute("success", "agreement.project.saved");
                    return "redirect:" + AgreementPages.HOME + "/projekter";
                },
                () -> list(null, null, model, user, locale));
    }

    @PostMapping(AgreementPages.HOME + "/ideer/ny")
    String propose(
            @Valid @ModelAttribute IdeaForm ideaForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (ideaForm.ideaFocusAreaId() != null && !agreements.focusAreaExists(ideaForm.ideaFocusAreaId())) {
            FormErrors.reject(result, List.of(new Violation("ideaFocusAreaId", "agreement.focusArea.unknown")));
        }
        if (!result.hasErrors()) {
            projects.propose(ideaForm, user.getName());
            redirect.addFlashAttribute("success", "agreement.idea.saved");
            return "redirect:" + AgreementPages.HOME + "/projekter";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return list(null, null, model, user, locale);
    }

    @PostMapping(AgreementPages.HOME + "/ideer/{id}/projekt")
    String move(@PathVariable long id, RedirectAttributes redirect) {
        AgreementPages.found(projects.idea(id));
        try {
            projects.moveToProject(id);
            redirect.addFlashAttribute("success", "agreement.idea.moved");
        } catch (Rejected rejected) {
            redirect.addFlashAttribute("error", "agreement.idea.notProposed");
        }
        return "redirect:" + AgreementPages.HOME + "/projekter";
    }

    /** Management changes a project's name, status and budget. */
    @PostMapping(AgreementPages.HOME + "/projekter/{id}/rediger")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute ProjectChangeForm projectChangeForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AgreementPages.found(projects.project(id));
        return FormErrors.submit(
                result,
                response,
                () -> {
                    projects.changeProject(id, projectChangeForm);
                    redirect.addFlashAttribute("success", "agreement.project.changed");
                    return "redirect:" + AgreementPages.HOME + "/projekter";
                },
                () -> list(id, null, model, user, locale));
    }

    /** Management declines a proposed idea, with the reason. */
    @PostMapping(AgreementPages.HOME + "/ideer/{id}/afvis")
    String decline(
            @PathVariable long id,
            @Valid @ModelAttribute DeclineForm declineForm,
            BindingResult result,
            Model model,
            Authentication user,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ProjectService.Idea idea = AgreementPages.found(projects.idea(id));
        if (!"PROPOSED".equals(idea.status())) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", "agreement.idea.notProposed");
            return list(null, null, model, user, locale);
        }
        return FormErrors.submit(
                result,
                response,
                () -> {
                    projects.decline(id, declineForm.reason());
                    redirect.addFlashAttribute("success", "agreement.idea.declined");
                    return "redirect:" + AgreementPages.HOME + "/projekter";
                },
                () -> list(null, id, model, user, locale));
    }
}
