package dk.samspil.newsletter.internal;

import dk.samspil.platform.ConfirmLinks;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public side: sign-up to one or more lists at {@code /nyhedsbrev}, the confirmation link, the preference centre
 * and one-click unsubscribe by signed links, and the archive of sent newsletters with their web versions.
 */
@Controller
class PublicNewsletterController {

    static final String BASE = "/nyhedsbrev";
    static final String LINK_PATH = BASE + "/link";

    private final NewsletterSubscriptions subscriptions;
    private final NewsletterLinks links;
    private final ConfirmLinks confirmLinks;
    private final Campaigns campaigns;

    PublicNewsletterController(
            NewsletterSubscriptions subscriptions,
            NewsletterLinks links,
            ConfirmLinks confirmLinks,
            Campaigns campaigns) {
        this.subscriptions = subscriptions;
        this.links = links;
        this.confirmLinks = confirmLinks;
        this.campaigns = campaigns;
    }

    @InitBinder("form")
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "newsletter";
    }

    @GetMapping(BASE)
    String form(Model model) {
        model.addAttribute("form", SignUpForm.empty());
        return page(model);
    }

    @PostMapping(BASE)
    String signUp(
            @ModelAttribute("form") SignUpForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        NewsletterSubscriptions.SignUp signUp = new NewsletterSubscriptions.SignUp(
                form.email(),
                form.name(),
                form.cvr(),
                form.lists(),
                locale.getLanguage(),
                NewsletterSubscriptions.Method.WEB_FORM,
                BASE,
                request.getRemoteAddr(),
                true);
        List<Violation> violations = result.hasErrors() ? List.of() : subscriptions.check(signUp);
        if (result.hasErrors() || !violations.isEmpty()) {
            FormErrors.reject(result, violations);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model);
        }
        subscriptions.signUp(signUp);
        return "redirect:" + BASE + "/tak";
    }

    @GetMapping(BASE + "/tak")
    String thanks() {
        return "newsletter/thanks";
    }

    /** "Send me my link": the form, also reached from the sign-up page and from a link that no longer works. */
    @GetMapping(LINK_PATH)
    String linkForm(Model model) {
        model.addAttribute("form", new LinkForm(null));
        return "newsletter/link";
    }

    /** Mails the preference-centre link to a known address; the answer is the same for every well-formed address. */
    @PostMapping(LINK_PATH)
    String sendLink(
            @ModelAttribute("form") LinkForm form, BindingResult result, Model model, HttpServletResponse response) {
        try {
            if (!result.hasErrors()) {
                subscriptions.sendPreferencesLink(form.email());
                model.addAttribute("sent", true);
                model.addAttribute("form", new LinkForm(null));
                return "newsletter/link";
            }
        } catch (Rejected rejected) {
            FormErrors.reject(result, rejected.violations());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "newsletter/link";
    }

    @GetMapping(BASE + "/bekraeft")
    String confirmPage(
            @RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        return confirmLinks.page(NewsletterLinks.CONFIRM, token, model).orElseGet(() -> invalid(response));
    }

    @PostMapping(BASE + "/bekraeft")
    String confirm(
            @RequestParam(required = false) @Nullable String token,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Long> signup = links.signup(token);
        if (signup.isEmpty()) {
            return invalid(response);
        }
        NewsletterSubscriptions.Confirmation result = subscriptions.confirm(signup.get(), request.getRemoteAddr());
        if (result == NewsletterSubscriptions.Confirmation.UNKNOWN) {
            return invalid(response);
        }
        model.addAttribute("already", result == NewsletterSubscriptions.Confirmation.ALREADY_CONFIRMED);
        return "newsletter/confirmed";
    }

    @GetMapping(NewsletterLinks.PREFERENCES_PATH)
    String preferences(
            @RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        Optional<NewsletterSubscriptions.Preferences> preferences =
                links.preferences(token).flatMap(subscriptions::preferences);
        if (preferences.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("preferences", preferences.get());
        model.addAttribute("token", token);
        if (preferences.get().hasAlerts()) {
            model.addAttribute(
                    "alertsUrl",
                    subscriptions.alertsManageUrl(preferences.get().person().id()));
        }
        return "newsletter/preferences";
    }

    @PostMapping(NewsletterLinks.PREFERENCES_PATH)
    String savePreferences(
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(name = "listIds", required = false) @Nullable List<Long> listIds,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Long> subscriber = links.preferences(token);
        if (subscriber.isEmpty() || subscriptions.preferences(subscriber.get()).isEmpty()) {
            return invalid(response);
        }
        subscriptions.savePreferences(
                subscriber.get(),
                listIds == null
                        ? List.of()
                        : listIds.stream().filter(id -> id != null).toList(),
                request.getRemoteAddr());
        model.addAttribute("saved", true);
        return preferences(token, model, response);
    }

    @GetMapping(NewsletterLinks.UNSUBSCRIBE_PATH)
    String unsubscribePage(
            @RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        Optional<NewsletterLinks.Unsubscribe> link = links.unsubscribe(token);
        Optional<MailingList> list = link.flatMap(l -> subscriptions.list(l.listId()));
        if (list.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("token", token);
        model.addAttribute("list", list.get());
        return "newsletter/unsubscribe";
    }

    /**
     * The unsubscribe button, and the RFC 8058 one-click POST mail providers send without cookies: the signed,
     * purpose-bound token is the authorisation, and this path alone is exempt from CSRF.
     */
    @PostMapping(NewsletterLinks.UNSUBSCRIBE_PATH)
    String unsubscribe(
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(name = "List-Unsubscribe", required = false) @Nullable String oneClick,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<NewsletterLinks.Unsubscribe> link = links.unsubscribe(token);
        Optional<MailingList> list = link.flatMap(l -> subscriptions.list(l.listId()));
        if (list.isEmpty()) {
            return invalid(response);
        }
        NewsletterSubscriptions.Method method = "One-Click".equals(oneClick)
                ? NewsletterSubscriptions.Method.ONE_CLICK
                : NewsletterSubscriptions.Method.UNSUBSCRIBE_PAGE;
        boolean removed = subscriptions.unsubscribe(
                link.get().subscriberId(),
                link.get().listId(),
                method,
                link.get().campaignId(),
                request.getRemoteAddr());
        model.addAttribute("already", !removed);
        model.addAttribute("list", list.get());
        model.addAttribute("preferencesUrl", links.preferencesUrl(link.get().subscriberId()));
        return "newsletter/unsubscribed";
    }

    @GetMapping(BASE + "/arkiv")
    String archive(Model model) {
        model.addAttribute("campaigns", campaigns.archive());
        return "newsletter/archive";
    }

    @GetMapping(BASE + "/arkiv/{id}")
    String webVersion(@PathVariable long id, Model model, HttpServletResponse response) {
        Optional<Campaign> campaign = campaigns.archived(id);
        if (campaign.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("campaigns", campaigns.archive());
            model.addAttribute("notFound", true);
            return "newsletter/archive";
        }
        model.addAttribute("campaign", campaign.get());
        model.addAttribute("html", campaigns.html(campaign.get()));
        return "newsletter/web-version";
    }

    private String page(Model model) {
        java.util.Map<Long, String> choices = new java.util.LinkedHashMap<>();
        java.util.Map<Long, String> purposes = new java.util.LinkedHashMap<>();
        for (MailingList list : subscriptions.publicLists()) {
            choices.put(list.id(), list.name());
            purposes.put(list.id(), list.purpose());
        }
        model.addAttribute("listChoices", choices);
        model.addAttribute("listPurposes", purposes);
        return "newsletter/signup";
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "newsletter/invalid-link";
    }
}
