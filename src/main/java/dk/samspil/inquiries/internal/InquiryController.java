package dk.samspil.inquiries.internal;

import dk.samspil.platform.DateLimits;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
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

/** The staff register: the list with overdue inquiries first, registering one, and handling it on its page. */
@Controller
@RequestMapping(InquiryController.BASE)
class InquiryController {

    static final String BASE = "/intern/henvendelser";

    private final InquiryService inquiries;
    private final RoutingService routing;
    private final MessageSource messages;

    InquiryController(InquiryService inquiries, RoutingService routing, MessageSource messages) {
        this.inquiries = inquiries;
        this.routing = routing;
        this.messages = messages;
    }

    @InitBinder
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "inquiries";
    }

    /**
     * The register, or one queue of it: {@code koe=ledelsen} (management's queue), {@code koe=konsulenter} (the
     * consultants' queue, teams included), {@code koe=mine} (assigned to the viewer or in a team they are in) or
     * {@code koe=team-<id>}; anything else shows everything.
     */
    @GetMapping
    String list(
            @org.springframework.web.bind.annotation.RequestParam(name = "koe", required = false)
                    @org.jspecify.annotations.Nullable
                    String queue,
            Authentication user,
            Model model) {
        List<Team> teams = routing.teams();
        java.util.function.Predicate<Inquiry> shown = queueFilter(queue, user.getName(), teams);
        model.addAttribute("inquiries", inquiries.list().stream().filter(shown).toList());
        model.addAttribute("queue", shown == ALL ? null : queue);
        model.addAttribute("teams", teams);
        Map<Long, String> teamNames = new java.util.HashMap<>();
        teams.forEach(team -> teamNames.put(team.id(), team.name()));
        model.addAttribute("teamNames", teamNames);
        model.addAttribute("today", inquiries.today());
        model.addAttribute("nextBusinessDay", inquiries.nextBusinessDay());
        model.addAttribute("limit", InquiryService.LIST_LIMIT);
        return "inquiries/list";
    }

    @GetMapping("/ny")
    String add(Locale locale, Model model) {
        model.addAttribute("form", InquiryForm.empty(inquiries.today()));
        return form(locale, model);
    }

    @PostMapping("/ny")
    String create(
            @Valid @ModelAttribute("form") InquiryForm form,
            BindingResult result,
            @org.springframework.web.bind.annotation.RequestParam(name = AttachmentRules.FIELD, required = false)
                    @org.jspecify.annotations.Nullable
                    List<org.springframework.web.multipart.MultipartFile> files,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.receivedOn() != null && !result.hasFieldErrors("receivedOn")) {
            if (!DateLimits.isWithin(form.receivedOn())) {
                result.rejectValue("receivedOn", DateLimits.MESSAGE, DateLimits.arguments(), null);
            } else if (form.receivedOn().isAfter(inquiries.today())) {
                result.rejectValue("receivedOn", "inquiries.error.receivedOn.future");
            }
        }
        if (form.channel() != null
                && form.channel().political()
                && (form.politician() == null || form.politician().isBlank())
                && !result.hasFieldErrors("politician")) {
            result.rejectValue("politician", "inquiries.error.politician.required");
        }
        if (form.channel() == Channel.WEB) {
            result.rejectValue("channel", "inquiries.error.channel.required");
        }
        checkTopic(form.topicId(), routing, result);
        List<NewAttachment> attachments = AttachmentRules.check(files, result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(locale, model);
        }
        Inquiry inquiry = inquiries.receive(form.toData(), user.getName(), attachments);
        redirect.addFlashAttribute("notice", "inquiries.notice.created");
        return "redirect:" + BASE + "/" + inquiry.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        return detail(inquiry(id), locale, model);
    }

    /** Management moves a case to itself, to the consultants or to a team (the route is management's only). */
    @PostMapping("/{id}/koe")
    String route(
            @PathVariable long id,
            @Valid @ModelAttribute("routeForm") RouteForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Inquiry inquiry = inquiry(id);
        Team team = null;
        if (!result.hasFieldErrors("destination")
                && form.destination() != null
                && !form.destination().matches("MANAGEMENT|CONSULTANTS|[1-9][0-9]{0,17}")) {
            result.rejectValue("destination", "inquiries.error.destination.required");
        }
        if (!result.hasErrors() && form.destination().chars().allMatch(Character::isDigit)) {
            team = routing.team(Long.parseLong(form.destination())).orElse(null);
            if (team == null) {
                result.rejectValue("destination", "inquiries.error.team.unknown");
            }
        }
        Team chosen = team;
        return handled(inquiry, result, locale, model, response, redirect, "inquiries.notice.routed", () -> {
            if (chosen != null) {
                inquiries.route(id, Queue.CONSULTANTS, chosen.id(), chosen.name(), user.getName());
            } else {
                Queue queue = Queue.valueOf(form.destination());
                inquiries.route(
                        id,
                        queue,
                        null,
                        messages.getMessage(
                                "inquiries.queue." + queue.name(), null, dk.samspil.platform.DanishFormats.DANISH),
                        user.getName());
            }
        });
    }

    /** An attachment, for staff only, always as a download (never rendered inline). */
    @GetMapping("/{id}/bilag/{attachmentId}")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        Attachment attachment = inquiries.attachments(id).stream()
                .filter(a -> a.id() == attachmentId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] content = inquiries
                .attachmentContent(id, attachmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return dk.samspil.platform.FileDownloads.attachment(
                        attachment.fileName(),
                        org.springframework.http.MediaType.parseMediaType(
                                attachment.kind().servedAs()))
                .body(content);
    }

    /** The inquirer's personal data on the case, for a request for access (GDPR article 15), as JSON. */
    @GetMapping("/{id}/personoplysninger")
    org.springframework.http.ResponseEntity<PersonalData> personalData(@PathVariable long id, Authentication user) {
        Inquiry inquiry = inquiry(id);
        List<PersonalData.Mail> thread = inquiries.entries(id).stream()
                .filter(entry -> entry.kind() == InquiryEntry.Kind.REPLY || entry.kind() == InquiryEntry.Kind.INCOMING)
                .map(entry -> new PersonalData.Mail(
                        entry.occurredAt(),
                        entry.kind() == InquiryEntry.Kind.INCOMING ? "FROM_INQUIRER" : "TO_INQUIRER",
                        entry.body()))
                .toList();
        inquiries.exported(id, user.getName());
        return dk.samspil.platform.FileDownloads.attachment(
                        inquiry.caseNumber() + "-personoplysninger.json",
                        org.springframework.http.MediaType.APPLICATION_JSON)
                .body(new PersonalData(
                        inquiry.caseNumber(),
                        inquiry.receivedOn(),
                        inquiry.name(),
                        inquiry.companyName(),
                        inquiry.email(),
                        inquiry.phone(),
                        inquiry.cvr(),
                        inquiry.subject(),
                        inquiry.message(),
                        thread));
    }

    /** What the register holds about the inquirer on one case. */
    record PersonalData(
            String caseNumber,
            java.time.LocalDate receivedOn,
            String name,
            @org.jspecify.annotations.Nullable String companyName,
            @org.jspecify.annotations.Nullable String email,
            @org.jspecify.annotations.Nullable String phone,
            @org.jspecify.annotations.Nullable String cvr,
            String subject,
            String message,
            List<Mail> mails) {

        record Mail(java.time.Instant at, String direction, String text) {}
    }

    @PostMapping("/{id}/noter")
    String note(
            @PathVariable long id,
            @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Inquiry inquiry = inquiry(id);
        return handled(
                inquiry,
                result,
                locale,
                model,
                response,
                redirect,
                "inquiries.notice.note",
                () -> inquiries.addNote(id, form.note(), user.getName()));
    }

    @PostMapping("/{id}/videresend")
    String forward(
            @PathVariable long id,
            @Valid @ModelAttribute("forwardForm") ForwardForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Inquiry inquiry = inquiry(id);
        return handled(
                inquiry,
                result,
                locale,
                model,
                response,
                redirect,
                "inquiries.notice.forwarded",
                () -> inquiries.forward(id, form.forwardTo().strip(), form.forwardMessage(), user.getName()));
    }

    @PostMapping("/{id}/svar")
    String reply(
            @PathVariable long id,
            @Valid @ModelAttribute("replyForm") ReplyForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Inquiry inquiry = inquiry(id);
        if (inquiry.email() == null) {
            result.reject("inquiries.error.reply.noAddress");
        }
        return handled(
                inquiry,
                result,
                locale,
                model,
                response,
                redirect,
                "inquiries.notice.replied",
                () -> inquiries.reply(id, form.reply(), user.getName()));
    }

    @PostMapping("/{id}/luk")
    String close(
            @PathVariable long id,
            @Valid @ModelAttribute("closeForm") CloseForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Inquiry inquiry = inquiry(id);
        return handled(
                inquiry,
                result,
                locale,
                model,
                response,
                redirect,
                "inquiries.notice.closed",
                () -> inquiries.close(id, form.outcome(), user.getName()));
    }

    @PostMapping("/{id}/tildel")
    String assign(
            @PathVariable long id,
            @Valid @ModelAttribute("assignForm") AssignForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Inquiry inquiry = inquiry(id);
        return handled(
                inquiry,
                result,
                locale,
                model,
                response,
                redirect,
                "inquiries.notice.assigned",
                () -> inquiries.assign(id, form.assignee().strip(), user.getName()));
    }

    @PostMapping("/{id}/status")
    String status(
            @PathVariable long id,
            @Valid @ModelAttribute("statusForm") StatusForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Inquiry inquiry = inquiry(id);
        if (form.status() == InquiryStatus.CLOSED) {
            result.rejectValue("status", "inquiries.error.status.closeWithOutcome");
        }
        return handled(
                inquiry,
                result,
                locale,
                model,
                response,
                redirect,
                "inquiries.notice.status",
                () -> inquiries.changeStatus(id, form.status(), user.getName()));
    }

    /**
     * The answer to a handling form on the case page: with broken rules the page again with the errors (422) and
     * nothing done; otherwise {@code action} done and back to the case with its notice.
     */
    private String handled(
            Inquiry inquiry,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String notice,
            Runnable action) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detail(inquiry, locale, model);
        }
        action.run();
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + BASE + "/" + inquiry.id();
    }

    private String detail(Inquiry inquiry, Locale locale, Model model) {
        addIfMissing(model, "assignForm", new AssignForm(null));
        addIfMissing(model, "statusForm", new StatusForm(null));
        addIfMissing(model, "noteForm", new NoteForm(null));
        addIfMissing(model, "forwardForm", new ForwardForm(null, null));
        addIfMissing(model, "replyForm", new ReplyForm(null));
        addIfMissing(model, "closeForm", new CloseForm(null));
        addIfMissing(model, "routeForm", new RouteForm(null));
        Map<String, String> destinations = new LinkedHashMap<>();
        destinations.put(Queue.MANAGEMENT.name(), messages.getMessage("inquiries.queue.MANAGEMENT", null, locale));
        destinations.put(Queue.CONSULTANTS.name(), messages.getMessage("inquiries.queue.CONSULTANTS", null, locale));
        routing.teams().forEach(team -> destinations.put(String.valueOf(team.id()), team.name()));
        model.addAttribute("destinationChoices", destinations);
        model.addAttribute(
                "topicName",
                inquiry.topicId() == null
                        ? null
                        : routing.topic(inquiry.topicId()).map(Topic::name).orElse(null));
        model.addAttribute(
                "teamName",
                inquiry.teamId() == null
                        ? null
                        : routing.team(inquiry.teamId()).map(Team::name).orElse(null));
        model.addAttribute("inquiry", inquiry);
        model.addAttribute("events", inquiries.events(inquiry.id()));
        model.addAttribute("entries", inquiries.entries(inquiry.id()));
        model.addAttribute("attachments", inquiries.attachments(inquiry.id()));
        model.addAttribute("today", inquiries.today());
        model.addAttribute(
                "statusChoices",
                choices(
                        "inquiries.status.",
                        List.of(InquiryStatus.RECEIVED, InquiryStatus.ASSIGNED, InquiryStatus.ANSWERED),
                        locale));
        model.addAttribute("outcomeChoices", choices("inquiries.outcome.", List.of(Outcome.values()), locale));
        return "inquiries/detail";
    }

    private static void addIfMissing(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private static final java.util.function.Predicate<Inquiry> ALL = inquiry -> true;

    private static java.util.function.Predicate<Inquiry> queueFilter(
            @org.jspecify.annotations.Nullable String queue, String viewer, List<Team> teams) {
        if ("ledelsen".equals(queue)) {
            return inquiry -> inquiry.queue() == Queue.MANAGEMENT;
        }
        if ("konsulenter".equals(queue)) {
            return inquiry -> inquiry.queue() == Queue.CONSULTANTS;
        }
        if ("mine".equals(queue)) {
            java.util.Set<Long> mine = new java.util.HashSet<>();
            teams.stream()
                    .filter(team -> team.members().contains(viewer.toLowerCase(Locale.ROOT)))
                    .forEach(team -> mine.add(team.id()));
            return inquiry -> viewer.equalsIgnoreCase(inquiry.assignee())
                    || (inquiry.assignee() == null && inquiry.teamId() != null && mine.contains(inquiry.teamId()));
        }
        if (queue != null && queue.matches("team-[1-9][0-9]{0,17}")) {
            long teamId = Long.parseLong(queue.substring(5));
            return inquiry -> inquiry.teamId() != null && inquiry.teamId() == teamId;
        }
        return ALL;
    }

    /** Refuses a topic that does not exist (the field is optional). */
    static void checkTopic(
            @org.jspecify.annotations.Nullable Long topicId, RoutingService routing, BindingResult result) {
        if (topicId != null
                && !result.hasFieldErrors("topicId")
                && routing.topic(topicId).isEmpty()) {
            result.rejectValue("topicId", "inquiries.error.topic.unknown");
        }
    }

    /** The topics to choose from, by id. */
    static Map<String, String> topicChoices(RoutingService routing) {
        Map<String, String> choices = new LinkedHashMap<>();
        routing.topics().forEach(topic -> choices.put(String.valueOf(topic.id()), topic.name()));
        return choices;
    }

    private String form(Locale locale, Model model) {
        model.addAttribute("channelChoices", choices("inquiries.channel.", Channel.staffChoices(), locale));
        model.addAttribute("topicChoices", topicChoices(routing));
        return "inquiries/new";
    }

    private Map<String, String> choices(String prefix, List<? extends Enum<?>> values, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        values.forEach(value -> choices.put(value.name(), messages.getMessage(prefix + value.name(), null, locale)));
        return choices;
    }

    private Inquiry inquiry(long id) {
        return inquiries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
