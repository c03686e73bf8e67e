package dk.samspil.tendernews.internal;

import dk.samspil.codelists.CpvPicker;
import dk.samspil.codelists.NutsCatalogue;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tender-news list: the public sign-up with choices of CPV areas, regions and frequency (the newsletter's double
 * opt-in), its CPV search for the shared picker, and the staff page of its subscribers and their choices.
 */
@Controller
class TenderNewsListController {

    static final String PUBLIC = TenderNewsRoutes.PUBLIC + "/nyhedsliste";
    static final String CPV = TenderNewsRoutes.PUBLIC + "/cpv";
    static final String STAFF = TenderNewsRoutes.STAFF + "/nyhedsliste";

    private final TenderNewsList list;
    private final CpvPicker cpv;
    private final NutsCatalogue nuts;
    private final MessageSource messages;

    TenderNewsListController(TenderNewsList list, CpvPicker cpv, NutsCatalogue nuts, MessageSource messages) {
        this.list = list;
        this.messages = messages;
        this.cpv = cpv;
        this.nuts = nuts;
    }

    @GetMapping(PUBLIC)
    String signUpForm(Model model, Locale locale) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TenderNewsForm.empty());
        }
        return page("tendernews/list-signup", model, locale);
    }

    @PostMapping(PUBLIC)
    String signUp(
            @ModelAttribute("form") TenderNewsForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                list.signUp(form);
                redirect.addFlashAttribute("saved", "tendernews.list.signedUp");
                return "redirect:" + PUBLIC;
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page("tendernews/list-signup", model, locale);
    }

    /** CPV search: for htmx only the list of matches; opened directly a whole page from which a code is copied. */
    @GetMapping(CPV)
    String cpvSearch(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String field,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            Model model) {
        String query = CpvPicker.query(q);
        model.addAttribute("q", query);
        model.addAttribute("field", CpvPicker.field(field));
        model.addAttribute("matches", cpv.suggest(query, locale));
        model.addAttribute("navSection", "tendernews");
        return htmx != null ? "fragments/cpv :: results" : "tendernews/cpv-search";
    }

    @GetMapping(STAFF)
    String subscribers(
            @RequestParam(name = "ret", required = false) @Nullable String edit, Model model, Locale locale) {
        List<TenderNewsList.Subscriber> subscribers = list.subscribers();
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    subscribers.stream()
                            .filter(s -> s.email().equalsIgnoreCase(edit == null ? "" : edit.strip()))
                            .findFirst()
                            .map(s -> new TenderNewsForm(
                                    s.email(),
                                    s.name(),
                                    String.join(", ", s.choice().cpvCodes()),
                                    s.choice().nutsCodes(),
                                    s.choice().frequency()))
                            .orElse(TenderNewsForm.empty()));
        }
        model.addAttribute("subscribers", subscribers);
        return page("tendernews/list-staff", model, locale);
    }

    @PostMapping(STAFF)
    String add(
            @ModelAttribute("form") TenderNewsForm form,
            BindingResult result,
            Authentication user,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                list.add(form, user.getName());
                redirect.addFlashAttribute("saved", "tendernews.list.added");
                return "redirect:" + STAFF;
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return subscribers(null, model, locale);
    }

    @PostMapping(STAFF + "/fjern")
    String remove(
            @RequestParam(required = false) @Nullable String email,
            Authentication user,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            list.remove(email, user.getName());
            redirect.addFlashAttribute("saved", "tendernews.list.removed");
            return "redirect:" + STAFF;
        } catch (Rejected rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("removeError", rejected.violations().get(0).messageKey());
            return subscribers(null, model, locale);
        }
    }

    private String page(String view, Model model, Locale locale) {
        model.addAttribute("navSection", view.endsWith("staff") ? "tendernews-staff" : "tendernews");
        Map<String, String> regions = new LinkedHashMap<>();
        for (String code : TenderNewsList.REGIONS) {
            regions.put(code, nuts.label(code, locale).orElse(code));
        }
        model.addAttribute("regionChoices", regions);
        Map<String, String> frequencies = new LinkedHashMap<>();
        for (TenderNewsList.Frequency f : TenderNewsList.Frequency.values()) {
            frequencies.put(f.name(), messages.getMessage("tendernews.list.frequency." + f.name(), null, locale));
        }
        model.addAttribute("frequencyChoices", frequencies);
        TenderNewsForm form = (TenderNewsForm) model.getAttribute("form");
        model.addAttribute(
                "cpvPaths",
                form == null || form.cpvCodes() == null
                        ? Map.of()
                        : cpv.paths(List.of(form.cpvCodes().split("[\\s,;]+"))));
        return view;
    }
}
