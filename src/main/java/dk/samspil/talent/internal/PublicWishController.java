package dk.samspil.talent.internal;

import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The institutions' open project wishes, for companies to read and answer without an account. */
@Controller
class PublicWishController {

    private final InstitutionService institutions;

    PublicWishController(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @GetMapping("/studiejob/projektoensker")
    String list(Model model) {
        model.addAttribute("wishes", institutions.openWishes());
        model.addAttribute("navSection", "talent");
        return "talent/wishes";
    }

    @GetMapping("/studiejob/projektoensker/{id}")
    String wish(@PathVariable long id, Model model, HttpServletResponse response) {
        Optional<Wish> wish = institutions.wish(id).filter(Wish::open);
        if (wish.isEmpty()) {
            return PublicTalentController.message("talent.wish.notFound", model, response, HttpStatus.NOT_FOUND);
        }
        model.addAttribute("wishAnswerForm", WishAnswerForm.empty());
        return page(wish.get(), model);
    }

    @PostMapping("/studiejob/projektoensker/{id}/svar")
    String answer(
            @PathVariable long id,
            @Valid @ModelAttribute WishAnswerForm wishAnswerForm,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        Optional<Wish> wish = institutions.wish(id).filter(Wish::open);
        if (wish.isEmpty()) {
            return PublicTalentController.message("talent.wish.notFound", model, response, HttpStatus.NOT_FOUND);
        }
        if (!result.hasErrors()) {
            try {
                institutions.answer(id, wishAnswerForm);
                model.addAttribute("email", wishAnswerForm.email().strip());
                return PublicTalentController.message("talent.wish.answered", model, response, HttpStatus.OK);
            } catch (Rejected rejected) {
                response.setStatus(
                        rejected.conflict() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
                FormErrors.reject(result, rejected.violations());
                return page(wish.get(), model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(wish.get(), model);
    }

    private static String page(Wish wish, Model model) {
        model.addAttribute("wish", wish);
        model.addAttribute("navSection", "talent");
        return "talent/wish";
    }
}
