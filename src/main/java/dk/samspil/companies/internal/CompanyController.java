package dk.samspil.companies.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;

import dk.samspil.companies.CompanyTimelineContribution;
import dk.samspil.companies.CompanyTimelineItem;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.DateLimits;

/** The register's pages: find a company, add one, read and write the visits and notes shared with one's organisation. */
@Controller
@RequestMapping(CompanyController.BASE)
class CompanyController {

    static final String BASE = "/intern/virksomheder";

    /** A timeline item in words, for the page. */
    record ShownItem(java.time.Instant at, String text, @org.jspecify.annotations.Nullable String link) {
    }

    private final CompanyService companies;
    private final List<CompanyTimelineContribution> timeline;
    private final MessageSource messages;
    private final Clock clock;

    CompanyController(CompanyService companies, List<CompanyTimelineContribution> timeline, MessageSource messages,
                      Clock clock) {
        this.companies = companies;
        this.timeline = timeline;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "companies";
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("total", companies.count());
        model.addAttribute("results", q == null || q.isBlank() ? List.of() : companies.search(q));
        model.addAttribute("limit", CompanyService.SEARCH_LIMIT);
        return "companies/list";
    }

    @GetMapping("/ny")
    String add(Model model) {
        model.addAttribute("form", CompanyForm.empty());
        return "companies/new";
    }

    @PostMapping("/ny")
    String create(@Valid @ModelAttribute("form") CompanyForm form, BindingResult result, HttpServletResponse response,
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
        Company company = company(cvr);
        Optional<StaffOrganisation> organisation = organisation(user);
        organisation.ifPresent(org -> model.addAttribute("form", VisitForm.empty(LocalDate.now(clock.withZone(DanishFormats.ZONE)),
                Sharing.choicesFor(org).get(0))));
        return detail(company, user, organisation, locale, model);
    }

    @PostMapping("/{cvr}/besoeg")
    String addVisit(@PathVariable String cvr, @Valid @ModelAttribute("form") VisitForm form, BindingResult result,
                    Authentication user, Locale locale, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Company company = company(cvr);
        StaffOrganisation organisation = organisation(user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        if (form.visitDate() != null && !DateLimits.isWithin(form.visitDate())) {
            result.rejectValue("visitDate", DateLimits.MESSAGE, DateLimits.arguments(), null);
        }
        if (form.sharedWith() != null && !form.sharedWith().readableBy(organisation)) {
            result.rejectValue("sharedWith", "companies.error.sharedWith.narrow");
        }
        if (!result.hasErrors()) {
            companies.addNote(company, form.toData(), user.getName(), organisation);
            redirect.addFlashAttribute("notice", "companies.notice.noteAdded");
            return "redirect:" + BASE + "/" + company.cvr();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return detail(company, user, Optional.of(organisation), locale, model);
    }

    private String detail(Company company, Authentication user, Optional<StaffOrganisation> organisation, Locale locale,
                          Model model) {
        model.addAttribute("company", company);
        model.addAttribute("organisation", organisation.orElse(null));
        Set<String> roles = roles(user);
        model.addAttribute("timeline", timeline.stream()
                .flatMap(contribution -> contribution.items(company.cvr(), roles).stream())
                .sorted(java.util.Comparator.comparing(CompanyTimelineItem::at).reversed())
                .map(item -> new ShownItem(item.at(), messages.getMessage(item.messageKey(),
                        item.arguments().toArray(), locale), item.link()))
                .toList());
        model.addAttribute("notes", organisation.map(org -> companies.notesFor(company, user.getName(), org))
                .orElse(List.of()));
        organisation.ifPresent(org -> {
            model.addAttribute("topicChoices", choices("companies.topic.", List.of(Topic.values()), locale));
            model.addAttribute("sharingChoices", choices("companies.sharing.", Sharing.choicesFor(org), locale));
        });
        return "companies/detail";
    }

    private Map<String, String> choices(String prefix, List<? extends Enum<?>> values, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        values.forEach(value -> choices.put(value.name(), messages.getMessage(prefix + value.name(), null, locale)));
        return choices;
    }

    private Company company(String cvr) {
        return companies.find(cvr).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Optional<StaffOrganisation> organisation(Authentication user) {
        return StaffOrganisation.of(roles(user));
    }

    private static Set<String> roles(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.startsWith("ROLE_") ? authority.substring(5) : authority)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
