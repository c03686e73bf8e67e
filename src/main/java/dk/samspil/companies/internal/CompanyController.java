package dk.samspil.companies.internal;

import dk.samspil.platform.DateLimits;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register's pages: find a company, add one, read and write the visits and notes shared with one's organisation. */
@Controller
@RequestMapping(CompanyController.BASE)
class CompanyController {

    static final String BASE = "/intern/virksomheder";

    private final CompanyService companies;
    private final CompanyPage page;

    CompanyController(CompanyService companies, CompanyPage page) {
        this.companies = companies;
        this.page = page;
    }

    @InitBinder
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "companies";
    }

    @GetMapping("/ny")
    String add(Model model) {
        model.addAttribute("form", CompanyForm.empty());
        return "companies/new";
    }

    @PostMapping("/ny")
    String create(
            @Valid @ModelAttribute("form") CompanyForm form,
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Company company = companies.create(form.toData());
                redirect.addFlashAttribute("notice", "companies.notice.created");
                return "redirect:" + BASE + "/" + company.cvr();
            } catch (CompanyService.DuplicateCvr e) {
                result.rejectValue("cvr", "companies.error.cvr.taken");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "companies/new";
    }

    @GetMapping("/{cvr}")
    String show(@PathVariable String cvr, Authentication user, Locale locale, Model model) {
        return page.render(company(cvr), user, locale, model);
    }

    @PostMapping("/{cvr}/besoeg")
    String addVisit(
            @PathVariable String cvr,
            @Valid @ModelAttribute("form") VisitForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Company company = company(cvr);
        StaffOrganisation organisation =
                organisation(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        if (form.visitDate() != null && !DateLimits.isWithin(form.visitDate())) {
            result.rejectValue("visitDate", DateLimits.MESSAGE, DateLimits.arguments(), null);
        }
        if (form.sharedWith() != null && !form.sharedWith().readableBy(organisation)) {
            result.rejectValue("sharedWith", "companies.error.sharedWith.narrow");
        }
        if (!result.hasErrors()) {
            try {
                companies.addNote(company, form.toData(), user.getName(), organisation);
                redirect.addFlashAttribute("notice", "companies.notice.noteAdded");
                return "redirect:" + BASE + "/" + company.cvr();
            } catch (Rejected e) {
                FormErrors.reject(result, e.violations(), v -> form.formField(v.field()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page.render(company, user, locale, model);
    }

    private Company company(String cvr) {
        return companies.find(cvr).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Optional<StaffOrganisation> organisation(Authentication user) {
        return StaffOrganisation.of(CompanyPage.roles(user));
    }
}
