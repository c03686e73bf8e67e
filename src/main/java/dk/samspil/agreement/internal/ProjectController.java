package dk.samspil.agreement.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
    String list(Model model, Authentication user, Locale locale) {
        pages.common(model, user, locale);
        model.addAttribute("projects", projects.projects());
        model.addAttribute("ideas", projects.ideas());
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
                () -> list(model, user, locale));
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
        return list(model, user, locale);
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
}
