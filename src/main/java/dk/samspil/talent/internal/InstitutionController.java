package dk.samspil.talent.internal;

import dk.samspil.platform.ChoiceLabels;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An institution's own pages, for its users (role INSTITUTION): the opportunities in its fields with links to share,
 * and its students' project wishes (post, edit, close) with the companies' answers.
 */
@Controller
class InstitutionController {

    static final String HOME = "/intern/uddannelse";

    private final InstitutionService institutions;
    private final ChoiceLabels labels;
    private final PlatformProperties platform;

    InstitutionController(InstitutionService institutions, ChoiceLabels labels, PlatformProperties platform) {
        this.institutions = institutions;
        this.labels = labels;
        this.platform = platform;
    }

    @GetMapping(HOME)
    String home(Principal principal, Model model, HttpServletResponse response) {
        Optional<Institution> institution = institutions.ofMember(principal.getName());
        if (institution.isEmpty()) {
            return noInstitution(model, response);
        }
        model.addAttribute("institution", institution.get());
        model.addAttribute("opportunities", institutions.opportunitiesFor(institution.get()));
        model.addAttribute("wishes", institutions.wishesOf(institution.get().id()));
        model.addAttribute("baseUrl", platform.baseUrl().replaceAll("/+$", ""));
        model.addAttribute("navSection", "institution");
        return "talent/institution";
    }

    @GetMapping(HOME + "/projektoensker/ny")
    String newWish(Principal principal, Model model, Locale locale, HttpServletResponse response) {
        if (institutions.ofMember(principal.getName()).isEmpty()) {
            return noInstitution(model, response);
        }
        model.addAttribute("wishForm", WishForm.empty());
        return wishPage(null, model, locale);
    }

    @PostMapping(HOME + "/projektoensker/ny")
    String postWish(
            @Valid @ModelAttribute WishForm wishForm,
            BindingResult result,
            Principal principal,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<Institution> institution = institutions.ofMember(principal.getName());
        if (institution.isEmpty()) {
            return noInstitution(model, response);
        }
        if (!result.hasErrors()) {
            try {
                institutions.postWish(institution.get(), principal.getName(), wishForm);
                redirect.addFlashAttribute("success", "talent.wish.posted");
                return "redirect:" + HOME;
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return wishPage(null, model, locale);
    }

    @GetMapping(HOME + "/projektoensker/{id}")
    String wish(@PathVariable long id, Principal principal, Model model, Locale locale, HttpServletResponse response) {
        Optional<Institution> institution = institutions.ofMember(principal.getName());
        if (institution.isEmpty()) {
            return noInstitution(model, response);
        }
        Optional<Wish> wish = institutions.wishOf(institution.get(), id);
        if (wish.isEmpty()) {
            return wishNotFound(model, response);
        }
        model.addAttribute("wishForm", WishForm.of(wish.get()));
        return wishPage(wish.get(), model, locale);
    }

    @PostMapping(HOME + "/projektoensker/{id}")
    String editWish(
            @PathVariable long id,
            @Valid @ModelAttribute WishForm wishForm,
            BindingResult result,
            Principal principal,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<Institution> institution = institutions.ofMember(principal.getName());
        if (institution.isEmpty()) {
            return noInstitution(model, response);
        }
        Optional<Wish> wish = institutions.wishOf(institution.get(), id);
        if (wish.isEmpty()) {
            return wishNotFound(model, response);
        }
        if (!result.hasErrors()) {
            try {
                boolean saved = institutions.editWish(institution.get(), id, principal.getName(), wishForm);
                redirect.addFlashAttribute(
                        saved ? "success" : "error", saved ? "talent.wish.saved" : "talent.wish.closed");
                return "redirect:" + HOME + "/projektoensker/" + id;
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return wishPage(wish.get(), model, locale);
    }

    @PostMapping(HOME + "/projektoensker/{id}/luk")
    String closeWish(
            @PathVariable long id,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<Institution> institution = institutions.ofMember(principal.getName());
        if (institution.isEmpty()) {
            return noInstitution(model, response);
        }
        if (institutions.wishOf(institution.get(), id).isEmpty()) {
            return wishNotFound(model, response);
        }
        boolean closed = institutions.closeWish(institution.get(), id);
        redirect.addFlashAttribute(
                closed ? "success" : "error", closed ? "talent.wish.closedNow" : "talent.wish.closed");
        return "redirect:" + HOME + "/projektoensker/" + id;
    }

    private String wishPage(Wish wish, Model model, Locale locale) {
        model.addAttribute("wish", wish);
        model.addAttribute("answers", wish == null ? List.of() : institutions.answers(wish.id()));
        model.addAttribute("fieldChoices", labels.of(List.of(Choices.StudyField.values()), "talent.field.", locale));
        model.addAttribute("navSection", "institution");
        return "talent/wish-form";
    }

    private static String noInstitution(Model model, HttpServletResponse response) {
        return PublicTalentController.message("talent.institution.none", model, response, HttpStatus.FORBIDDEN);
    }

    private static String wishNotFound(Model model, HttpServletResponse response) {
        return PublicTalentController.message("talent.wish.notFound", model, response, HttpStatus.NOT_FOUND);
    }
}
