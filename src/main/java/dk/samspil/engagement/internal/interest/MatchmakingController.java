package dk.samspil.engagement.internal.interest;

import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.Spreadsheets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Matchmaking for the business centre ({@code CONSULTANT}, {@code MANAGEMENT}): the entries with interest, the partner
 * seekers of one entry with CSV export, and introducing two of them to each other.
 */
@Controller
class MatchmakingController {

    /** The two partner seekers to introduce, by interest id. */
    record IntroductionForm(@Nullable Long first, @Nullable Long second) {}

    private static final List<String> COLUMNS = List.of(
            "company",
            "cvr",
            "contact",
            "email",
            "phone",
            "lots",
            "capabilities",
            "seeking",
            "confirmed",
            "introductions");

    private final Matchmaking matchmaking;
    private final MessageSource messages;
    private final Clock clock;

    MatchmakingController(Matchmaking matchmaking, MessageSource messages, Clock clock) {
        this.matchmaking = matchmaking;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/intern/partnere")
    String entries(Model model) {
        model.addAttribute("entries", matchmaking.entries());
        model.addAttribute("navSection", "matchmaking");
        return "engagement/interest/matchmaking-list";
    }

    @GetMapping("/intern/partnere/{reference}")
    String entry(@PathVariable String reference, Model model) {
        model.addAttribute("form", new IntroductionForm(null, null));
        return page(reference, model);
    }

    @PostMapping("/intern/partnere/{reference}/introduktion")
    String introduce(
            @PathVariable String reference,
            @ModelAttribute("form") IntroductionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.first() == null) {
            errors.rejectValue("first", "engagement.matchmaking.error.first");
        }
        if (form.second() == null) {
            errors.rejectValue("second", "engagement.matchmaking.error.second");
        }
        if (!errors.hasErrors()) {
            try {
                matchmaking.introduce(reference, form.first(), form.second());
                redirect.addFlashAttribute("introduced", true);
                return "redirect:/intern/partnere/" + reference;
            } catch (Matchmaking.IntroductionRefused e) {
                errors.reject(e.messageKey());
            }
        }
        model.addAttribute("failed", true);
        return page(reference, model);
    }

    @GetMapping("/intern/partnere/{reference}/partnere.csv")
    ResponseEntity<byte[]> csv(@PathVariable String reference, Locale locale) {
        Matchmaking.EntryPartners partners = matchmaking.forEntry(reference);
        List<String> header = COLUMNS.stream()
                .map(column -> messages.getMessage("engagement.matchmaking.col." + column, null, locale))
                .toList();
        List<List<Object>> rows = partners.seekers().stream()
                .map(seeker -> {
                    Interest i = seeker.interest();
                    return Arrays.<Object>asList(
                            i.companyName(),
                            i.companyCvr(),
                            i.contactName(),
                            i.email(),
                            i.phone(),
                            i.lots().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                            i.capabilities(),
                            i.seeking(),
                            LocalDateTime.ofInstant(i.confirmedAt(), clock.getZone()),
                            seeker.introductions().stream()
                                    .map(Matchmaking.Introduction::otherCompany)
                                    .collect(Collectors.joining(", ")));
                })
                .toList();
        return FileDownloads.attachment("partnere-" + partners.entry().reference() + ".csv", Spreadsheets.CSV)
                .body(Spreadsheets.csv(header, rows));
    }

    private String page(String reference, Model model) {
        Matchmaking.EntryPartners partners = matchmaking.forEntry(reference);
        Map<String, String> choices = new LinkedHashMap<>();
        partners.seekers()
                .forEach(seeker -> choices.put(
                        String.valueOf(seeker.interest().id()),
                        seeker.interest().companyName() + " (CVR "
                                + seeker.interest().companyCvr() + ")"));
        model.addAttribute("partners", partners);
        model.addAttribute("entry", partners.entry());
        model.addAttribute("choices", choices);
        model.addAttribute("navSection", "matchmaking");
        return "engagement/interest/matchmaking";
    }
}
