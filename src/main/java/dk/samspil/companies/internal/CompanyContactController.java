package dk.samspil.companies.internal;

import dk.samspil.platform.FileDownloads;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import tools.jackson.databind.json.JsonMapper;

/** The business centre's contact persons at a company: add one with its legal basis, export or erase one person. */
@Controller
@RequestMapping(CompanyController.BASE + "/{cvr}/kontakter")
class CompanyContactController {

    private final CompanyService companies;
    private final CompanyPage page;
    private final JsonMapper json;

    CompanyContactController(CompanyService companies, CompanyPage page, JsonMapper json) {
        this.companies = companies;
        this.page = page;
        this.json = json;
    }

    @InitBinder("contactForm")
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "companies";
    }

    @PostMapping
    String add(
            @PathVariable String cvr,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Company company = company(cvr);
        if (form.legalBasis() == LegalBasis.CONSENT && form.consentGivenOn() == null) {
            result.rejectValue("consentGivenOn", "companies.error.consentGivenOn.required");
        }
        if (!result.hasErrors()) {
            try {
                companies.addContact(company, form, user.getName());
                redirect.addFlashAttribute("notice", "companies.notice.contactAdded");
                return "redirect:" + CompanyController.BASE + "/" + company.cvr() + "#kontakter";
            } catch (CompanyService.DuplicateContact e) {
                result.rejectValue("email", "companies.error.contactEmail.taken");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page.render(company, user, locale, model);
    }

    /** Everything the register keeps about the person, as a JSON file (their right of access). */
    @GetMapping("/{id}/eksport")
    ResponseEntity<byte[]> export(@PathVariable String cvr, @PathVariable long id) {
        Company company = company(cvr);
        Contact contact =
                companies.contact(company, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("company", Map.of("cvr", company.cvr(), "name", company.name()));
        data.put("contact", contact);
        return FileDownloads.attachment("kontaktperson-" + id + ".json", MediaType.APPLICATION_JSON)
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
    }

    @PostMapping("/{id}/slet")
    String erase(@PathVariable String cvr, @PathVariable long id, RedirectAttributes redirect) {
        Company company = company(cvr);
        if (!companies.eraseContact(company, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "companies.notice.contactErased");
        return "redirect:" + CompanyController.BASE + "/" + company.cvr() + "#kontakter";
    }

    private Company company(String cvr) {
        return companies.find(cvr).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
