package dk.samspil.newsletter.internal;

import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.MailSuppressions;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The business centre's newsletter pages: lists and their people, campaigns, and the suppression list. */
@Controller
@RequestMapping(StaffNewsletterController.BASE)
class StaffNewsletterController {

    static final String BASE = "/intern/nyhedsbreve";
    static final String NEW_CAMPAIGN = BASE + "/kampagner/ny";
    static final String IMAGE_UPLOAD = NEW_CAMPAIGN + "/billede";
    /** An image far over the limit, turned away before it was read (platform {@code UploadSizeLimit}). */
    static final String IMAGE_TOO_LARGE = "fejl=stor";
    /** The administrator's setting of click tracking. */
    static final String CLICK_TRACKING = "/klik-sporing";

    private final NewsletterLists lists;
    private final NewsletterSubscriptions subscriptions;
    private final Campaigns campaigns;
    private final MailSuppressions suppressions;
    private final CampaignImages images;
    private final ClickTracking clicks;

    StaffNewsletterController(
            NewsletterLists lists,
            NewsletterSubscriptions subscriptions,
            Campaigns campaigns,
            MailSuppressions suppressions,
            CampaignImages images,
            ClickTracking clicks,
            ListOwners owners) {
        this.owners = owners;
        this.lists = lists;
        this.subscriptions = subscriptions;
        this.campaigns = campaigns;
        this.suppressions = suppressions;
        this.images = images;
        this.clicks = clicks;
    }

    private final ListOwners owners;

    @InitBinder({"form", "member"})
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "newsletter-staff";
    }

    @GetMapping
    String overview(Model model) {
        List<MailingList> all = lists.all();
        model.addAttribute("lists", all);
        model.addAttribute("owners", owners.of(all, LocaleContextHolder.getLocale()));
        model.addAttribute("counts", lists.activeCounts());
        model.addAttribute("campaigns", campaigns.all());
        model.addAttribute("suppressed", suppressions.count());
        model.addAttribute("clickTracking", clicks.enabled());
        return "newsletter/staff/overview";
    }

    /** An administrator turns click tracking on or off ({@code on} or {@code off}) for campaigns sent from now on. */
    @PostMapping(CLICK_TRACKING)
    String clickTracking(
            @ModelAttribute("clickForm") ClickTrackingForm form,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!form.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", "newsletter.error.clickTracking");
            return overview(model);
        }
        clicks.setEnabled(form.on(), user.getName());
        redirect.addFlashAttribute("clickTrackingSaved", true);
        return "redirect:" + BASE;
    }

    @GetMapping("/lister/ny")
    String newList(Model model) {
        model.addAttribute("form", ListForm.empty());
        return "newsletter/staff/list-form";
    }

    @PostMapping("/lister/ny")
    String createList(
            @ModelAttribute("form") ListForm form,
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<Violation> violations = result.hasErrors() ? List.of() : lists.check(form.toNewList());
        if (result.hasErrors() || !violations.isEmpty()) {
            FormErrors.reject(result, violations);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "newsletter/staff/list-form";
        }
        long id = lists.create(form.toNewList());
        redirect.addFlashAttribute("created", true);
        return "redirect:" + BASE + "/lister/" + id;
    }

    @GetMapping("/lister/{id}")
    String list(@PathVariable long id, Model model, HttpServletResponse response) {
        Optional<MailingList> list = lists.find(id);
        if (list.isEmpty()) {
            return notFound(model, response);
        }
        model.addAttribute("list", list.get());
        model.addAttribute(
                "owner", owners.of(list.get(), LocaleContextHolder.getLocale()).orElse(null));
        model.addAttribute("members", lists.members(id));
        model.addAttribute("member", MemberForm.empty());
        return "newsletter/staff/list";
    }

    /** Staff add a person to the list with the legal basis and where it is documented. */
    @PostMapping("/lister/{id}/abonnenter")
    String addMember(
            @PathVariable long id,
            @ModelAttribute("member") MemberForm member,
            BindingResult result,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<MailingList> list = lists.find(id);
        if (list.isEmpty()) {
            return notFound(model, response);
        }
        try {
            if (!result.hasErrors()) {
                subscriptions.addByStaff(
                        id, member.email(), member.cvr(), member.legalBasis(), member.source(), user.getName());
                redirect.addFlashAttribute("added", member.email().strip());
                return "redirect:" + BASE + "/lister/" + id;
            }
        } catch (Rejected rejected) {
            FormErrors.reject(result, rejected.violations(), java.util.Set.of("email", "cvr", "legalBasis", "source"));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("list", list.get());
        model.addAttribute(
                "owner", owners.of(list.get(), LocaleContextHolder.getLocale()).orElse(null));
        model.addAttribute("members", lists.members(id));
        return "newsletter/staff/list";
    }

    @GetMapping("/abonnenter/{id}")
    String subscriber(@PathVariable long id, Model model, HttpServletResponse response) {
        Optional<NewsletterSubscriptions.Preferences> person = subscriptions.preferences(id);
        if (person.isEmpty()) {
            return notFound(model, response);
        }
        model.addAttribute("person", person.get());
        model.addAttribute("consents", subscriptions.consentHistory(id));
        return "newsletter/staff/subscriber";
    }

    @GetMapping("/kampagner/ny")
    String newCampaign(
            @RequestParam(name = "fejl", required = false) @Nullable String error,
            Model model,
            HttpServletResponse response) {
        CampaignForm form = CampaignForm.empty();
        model.addAttribute("form", form);
        if ("stor".equals(error)) {
            BindingResult result = new BeanPropertyBindingResult(form, "form");
            result.reject("newsletter.error.image.tooLarge", new Object[] {images.maxMegabytes()}, null);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        }
        return campaignForm(model);
    }

    /**
     * Uploads an image from the campaign editor and shows the form again as it was, with the Markdown snippet to
     * paste; the campaign itself is neither checked nor saved here.
     */
    @PostMapping("/kampagner/ny/billede")
    String uploadImage(
            @ModelAttribute("form") CampaignForm form,
            BindingResult result,
            @RequestParam(name = "image", required = false) @Nullable MultipartFile image,
            Authentication user,
            Model model,
            HttpServletResponse response) {
        byte[] content = null;
        if (image != null && !image.isEmpty() && image.getSize() <= images.maxBytes()) {
            try {
                content = image.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Violation> violations = image != null && image.getSize() > images.maxBytes()
                ? List.of(new Violation("image", "newsletter.error.image.tooLarge", images.maxMegabytes()))
                : images.check(content, form.imageAlt());
        if (violations.isEmpty() && !result.hasFieldErrors("imageAlt")) {
            model.addAttribute(
                    "uploaded", images.store(image.getOriginalFilename(), content, form.imageAlt(), user.getName()));
            model.addAttribute("form", form.withoutImage());
            return campaignForm(model);
        }
        // the file has no field of the form: its problems go to the error summary, shown at the file field too
        FormErrors.reject(
                result, violations, violation -> "image".equals(violation.field()) ? null : violation.field());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return campaignForm(model);
    }

    /** Saves the campaign, or ({@code preview}) shows the text as it will look, with the form kept. */
    @PostMapping("/kampagner/ny")
    String createCampaign(
            @ModelAttribute("form") CampaignForm form,
            BindingResult result,
            @RequestParam(required = false) String preview,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<Violation> violations = result.hasErrors() ? List.of() : campaigns.check(form.toDraft());
        if (preview != null && form.markdown() != null && form.markdown().length() <= Campaigns.MAX_MARKDOWN) {
            model.addAttribute("previewHtml", campaigns.previewHtml(form.markdown()));
            if (!result.hasErrors()) {
                FormErrors.reject(result, violations);
            }
            if (result.hasErrors()) {
                // the preview shows, and so do the errors the form has to lose before it can be saved
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
            return campaignForm(model);
        }
        if (result.hasErrors() || !violations.isEmpty()) {
            FormErrors.reject(result, violations);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return campaignForm(model);
        }
        long id = campaigns.create(form.toDraft(), user.getName());
        redirect.addFlashAttribute("created", true);
        return "redirect:" + BASE + "/kampagner/" + id;
    }

    @GetMapping("/kampagner/{id}")
    String campaign(@PathVariable long id, Model model, HttpServletResponse response) {
        Optional<Campaign> campaign = campaigns.find(id);
        if (campaign.isEmpty()) {
            return notFound(model, response);
        }
        model.addAttribute("campaign", campaign.get());
        model.addAttribute("html", campaigns.html(campaign.get()));
        Map<Long, String> names = listNames();
        model.addAttribute(
                "campaignLists",
                campaign.get().listIds().stream().map(names::get).collect(java.util.stream.Collectors.joining(", ")));
        model.addAttribute("figures", campaigns.figures(id));
        model.addAttribute("links", clicks.clicks(id));
        if (campaign.get().sendable()) {
            model.addAttribute(
                    "audience", campaigns.audience(campaign.get()).recipients().size());
        }
        return "newsletter/staff/campaign";
    }

    @PostMapping("/kampagner/{id}/test")
    String testSend(
            @PathVariable long id,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (campaigns.find(id).isEmpty()) {
            return notFound(model, response);
        }
        if (!EmailAddresses.isValid(user.getName())) {
            redirect.addFlashAttribute("problem", "newsletter.error.testAddress");
        } else {
            campaigns.testSend(id, user.getName(), locale);
            redirect.addFlashAttribute("testSent", user.getName());
        }
        return "redirect:" + BASE + "/kampagner/" + id;
    }

    @PostMapping("/kampagner/{id}/send")
    String send(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (campaigns.find(id).isEmpty()) {
            return notFound(model, response);
        }
        try {
            redirect.addFlashAttribute("sentTo", campaigns.send(id));
        } catch (Rejected rejected) {
            redirect.addFlashAttribute("problem", rejected.violations().get(0).messageKey());
        }
        return "redirect:" + BASE + "/kampagner/" + id;
    }

    @GetMapping("/spaerrede")
    String suppressions(Model model) {
        model.addAttribute("suppressions", suppressions.list(500));
        return "newsletter/staff/suppressions";
    }

    @PostMapping("/spaerrede/ophaev")
    String lift(
            @RequestParam(required = false) String email,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (email != null && EmailAddresses.isValid(email.strip()) && suppressions.lift(email)) {
            redirect.addFlashAttribute("lifted", email.strip());
            return "redirect:" + BASE + "/spaerrede";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problem", "newsletter.error.notSuppressed");
        return suppressions(model);
    }

    private String campaignForm(Model model) {
        Map<Long, String> listChoices = listNames();
        Map<String, String> segmentChoices = new LinkedHashMap<>();
        campaigns
                .segmentChoices()
                .forEach(segment -> segmentChoices.put(segment.id().toString(), segment.name()));
        model.addAttribute("lists", lists.all());
        model.addAttribute("listChoiceMap", listChoices);
        model.addAttribute("segments", segmentChoices);
        model.addAttribute("segmentChoiceMap", segmentChoices);
        model.addAttribute("images", images.recent(10));
        model.addAttribute("imageMaxMegabytes", images.maxMegabytes());
        return "newsletter/staff/campaign-form";
    }

    private Map<Long, String> listNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        lists.all().forEach(list -> names.put(list.id(), list.name()));
        return names;
    }

    private static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "newsletter/staff/not-found";
    }
}
