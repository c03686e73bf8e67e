package dk.samspil.talent.internal;

import dk.samspil.platform.ChoiceLabels;
import dk.samspil.platform.ConfirmLinks;
import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import dk.samspil.talent.TalentProperties;
import dk.samspil.talent.internal.Choices.ApplicationStatus;
import dk.samspil.talent.internal.Choices.Kind;
import dk.samspil.talent.internal.Choices.Status;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The students' search and opportunity pages, the company's posting form, and the pages behind the mailed links. */
@Controller
class PublicTalentController {

    static final String TOO_LARGE = "/studiejob/for-stor";

    private final TalentService talent;
    private final TalentLinks links;
    private final ConfirmLinks confirmLinks;
    private final ChoiceLabels labels;
    private final TalentProperties properties;

    PublicTalentController(
            TalentService talent,
            TalentLinks links,
            ConfirmLinks confirmLinks,
            ChoiceLabels labels,
            TalentProperties properties) {
        this.talent = talent;
        this.links = links;
        this.confirmLinks = confirmLinks;
        this.labels = labels;
        this.properties = properties;
    }

    @GetMapping("/studiejob")
    String search(
            @RequestParam(required = false) @Nullable String fag,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String fra,
            @RequestParam(required = false) @Nullable String sted,
            @RequestParam(required = false) @Nullable String q,
            Model model,
            Locale locale) {
        Kind kind = parse(Kind.class, type);
        String field = parse(Choices.StudyField.class, fag) == null ? null : fag;
        LocalDate from = date(fra);
        model.addAttribute("results", talent.search(field, kind, from, sted, q));
        model.addAttribute("fag", field);
        model.addAttribute("type", kind == null ? null : kind.name());
        model.addAttribute("fra", from);
        model.addAttribute("sted", sted);
        model.addAttribute("q", q);
        choices(model, locale);
        model.addAttribute("navSection", "talent");
        return "talent/search";
    }

    @GetMapping("/studiejob/{id}")
    String opportunity(@PathVariable long id, Model model, Locale locale, HttpServletResponse response) {
        Optional<Opportunity> opportunity = talent.find(id).filter(o -> o.status() == Status.PUBLISHED);
        if (opportunity.isEmpty()) {
            return message("talent.notFound", model, response, HttpStatus.NOT_FOUND);
        }
        model.addAttribute("applicationForm", ApplicationForm.empty());
        return opportunityPage(opportunity.get(), model, locale);
    }

    @PostMapping("/studiejob/{id}/ansoeg")
    String apply(
            @PathVariable long id,
            @Valid @ModelAttribute ApplicationForm applicationForm,
            BindingResult result,
            @RequestParam(name = "cv", required = false) @Nullable MultipartFile cv,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Optional<Opportunity> opportunity = talent.find(id).filter(o -> o.status() == Status.PUBLISHED);
        if (opportunity.isEmpty()) {
            return message("talent.notFound", model, response, HttpStatus.NOT_FOUND);
        }
        if (cv == null || cv.isEmpty()) {
            result.reject("talent.cv.missing");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return opportunityPage(opportunity.get(), model, locale);
        }
        try {
            talent.apply(id, applicationForm, cv.getOriginalFilename(), cv.getBytes());
        } catch (Rejected rejected) {
            response.setStatus(
                    rejected.conflict() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            FormErrors.reject(result, rejected.violations(), List.of("name", "email", "message"));
            return opportunityPage(opportunity.get(), model, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        model.addAttribute("email", applicationForm.email().strip());
        return message("talent.applied", model, response, HttpStatus.OK);
    }

    @GetMapping(TOO_LARGE)
    String tooLarge(Model model, HttpServletResponse response) {
        return message("talent.tooLarge", model, response, HttpStatus.PAYLOAD_TOO_LARGE);
    }

    // ---- the company posts

    @GetMapping("/studiejob/opslag/ny")
    String postForm(Model model, Locale locale) {
        model.addAttribute("opportunityForm", OpportunityForm.empty());
        return postPage(model, locale);
    }

    @PostMapping("/studiejob/opslag/ny")
    String post(
            @Valid @ModelAttribute OpportunityForm opportunityForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                talent.postByCompany(opportunityForm);
                model.addAttribute("email", opportunityForm.contactEmail().strip());
                return message("talent.posted", model, response, HttpStatus.OK);
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return postPage(model, locale);
    }

    @GetMapping("/studiejob/opslag/bekraeft")
    String confirmPage(
            @RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        return confirmLinks
                .page(TalentLinks.CONFIRM_POSTING, token, model)
                .orElseGet(() -> message("talent.invalidLink", model, response, HttpStatus.NOT_FOUND));
    }

    @PostMapping("/studiejob/opslag/bekraeft")
    String confirm(@RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        Optional<Long> id = confirmLinks.id(TalentLinks.CONFIRM_POSTING, token);
        if (id.isEmpty()) {
            return message("talent.invalidLink", model, response, HttpStatus.NOT_FOUND);
        }
        talent.confirmPosting(id.get());
        return message("talent.confirmed", model, response, HttpStatus.OK);
    }

    // ---- the company edits its opportunity after a consultant asked for changes

    @GetMapping(TalentLinks.EDIT_PATH)
    String editForm(
            @RequestParam(required = false) @Nullable String token,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Optional<Opportunity> opportunity = editable(token);
        if (opportunity.isEmpty()) {
            return message("talent.invalidLink", model, response, HttpStatus.NOT_FOUND);
        }
        model.addAttribute("opportunityForm", OpportunityForm.of(opportunity.get()));
        return editPage(opportunity.get(), token, model, locale);
    }

    @PostMapping(TalentLinks.EDIT_PATH)
    String edit(
            @RequestParam(required = false) @Nullable String token,
            @Valid @ModelAttribute OpportunityForm opportunityForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Optional<Opportunity> opportunity = editable(token);
        if (opportunity.isEmpty()) {
            return message("talent.invalidLink", model, response, HttpStatus.NOT_FOUND);
        }
        if (!result.hasErrors()) {
            try {
                if (talent.editByCompany(opportunity.get().id(), opportunityForm)) {
                    return message("talent.edited", model, response, HttpStatus.OK);
                }
                return message("talent.invalidLink", model, response, HttpStatus.NOT_FOUND);
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return editPage(opportunity.get(), token, model, locale);
    }

    /** The opportunity behind an edit link, while it waits for the company's changes. */
    private Optional<Opportunity> editable(@Nullable String token) {
        return links.editId(token).flatMap(talent::find).filter(o -> o.status() == Status.CHANGES_REQUESTED);
    }

    private String editPage(Opportunity opportunity, @Nullable String token, Model model, Locale locale) {
        model.addAttribute("edit", opportunity);
        model.addAttribute("token", token);
        return postPage(model, locale);
    }

    // ---- the company's link to an application

    @GetMapping("/studiejob/ansoegning")
    String application(
            @RequestParam(required = false) @Nullable String token,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Optional<Application> application = links.applicationId(token).flatMap(talent::findApplication);
        if (application.isEmpty()) {
            return message("talent.invalidLink", model, response, HttpStatus.NOT_FOUND);
        }
        model.addAttribute("jobApplication", application.get());
        model.addAttribute(
                "opportunity", talent.find(application.get().opportunityId()).orElseThrow());
        model.addAttribute("token", token);
        model.addAttribute(
                "statuses",
                labels.of(
                        List.of(
                                ApplicationStatus.SEEN,
                                ApplicationStatus.DIALOGUE,
                                ApplicationStatus.HIRED,
                                ApplicationStatus.DECLINED),
                        "talent.application.status.",
                        locale));
        model.addAttribute("navSection", "talent");
        return "talent/application";
    }

    @GetMapping("/studiejob/ansoegning/cv")
    ResponseEntity<byte[]> cv(@RequestParam(required = false) @Nullable String token) {
        Optional<Long> id = links.applicationId(token);
        Optional<Application> application = id.flatMap(talent::findApplication);
        if (application.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return FileDownloads.attachment(application.get().cvName(), MediaType.APPLICATION_PDF)
                .body(talent.cv(id.get()).orElseThrow());
    }

    @PostMapping("/studiejob/ansoegning/status")
    String mark(
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String status,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Optional<Long> id = links.applicationId(token);
        ApplicationStatus chosen = parse(ApplicationStatus.class, status);
        if (id.isEmpty() || talent.findApplication(id.get()).isEmpty()) {
            return message("talent.invalidLink", model, response, HttpStatus.NOT_FOUND);
        }
        if (chosen == null || chosen == ApplicationStatus.NEW) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("statusError", true);
            return application(token, model, locale, response);
        }
        talent.mark(id.get(), chosen);
        model.addAttribute("marked", chosen.name());
        return application(token, model, locale, response);
    }

    // ---- the student withdraws

    @GetMapping("/studiejob/ansoegning/tilbagetraek")
    String withdrawPage(
            @RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        return confirmLinks
                .page(TalentLinks.WITHDRAW, token, model)
                .orElseGet(() -> message("talent.invalidLink", model, response, HttpStatus.NOT_FOUND));
    }

    @PostMapping("/studiejob/ansoegning/tilbagetraek")
    String withdraw(@RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        Optional<Long> id = confirmLinks.id(TalentLinks.WITHDRAW, token);
        if (id.isEmpty() || !talent.withdraw(id.get())) {
            return message("talent.invalidLink", model, response, HttpStatus.NOT_FOUND);
        }
        return message("talent.withdrawn", model, response, HttpStatus.OK);
    }

    // ---- helpers

    private String opportunityPage(Opportunity opportunity, Model model, Locale locale) {
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("maxMegabytes", properties.cvMaxSize().toMegabytes());
        choices(model, locale);
        model.addAttribute("navSection", "talent");
        return "talent/opportunity";
    }

    private String postPage(Model model, Locale locale) {
        choices(model, locale);
        model.addAttribute(
                "institutionChoices",
                properties.institutions().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                name -> name, name -> name, (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("navSection", "talent");
        return "talent/post-form";
    }

    private void choices(Model model, Locale locale) {
        model.addAttribute("kindChoices", labels.of(List.of(Kind.values()), "talent.kind.", locale));
        model.addAttribute("fieldChoices", labels.of(List.of(Choices.StudyField.values()), "talent.field.", locale));
        model.addAttribute("levelChoices", labels.of(List.of(Choices.Level.values()), "talent.level.", locale));
    }

    static String message(String key, Model model, HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        model.addAttribute("messageKey", key);
        model.addAttribute("navSection", "talent");
        return "talent/message";
    }

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text.strip())) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
