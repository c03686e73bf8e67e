package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The wheel of a year with its table, the forms that add, change and delete items, and the iCalendar feed. */
@Controller
class WheelController {

    private static final List<String> FORM_FIELDS =
            List.of("title", "description", "category", "startsOn", "rrule", "ownerId", "reminderDays");

    private final WheelService wheel;
    private final WheelCalendar calendar;
    private final WheelFeedTokens tokens;
    private final MessageSource messages;
    private final DanishFormats formats;
    private final PlatformProperties platform;
    private final RuleDescriptions rules;

    WheelController(
            WheelService wheel,
            WheelCalendar calendar,
            WheelFeedTokens tokens,
            MessageSource messages,
            DanishFormats formats,
            PlatformProperties platform,
            RuleDescriptions rules) {
        this.rules = rules;
        this.wheel = wheel;
        this.calendar = calendar;
        this.tokens = tokens;
        this.messages = messages;
        this.formats = formats;
        this.platform = platform;
    }

    @GetMapping(WheelPaths.HOME)
    String year(
            @RequestParam(name = "aar", required = false) @Nullable String requested,
            Model model,
            Locale locale,
            Principal principal,
            HttpServletRequest request) {
        int year = year(requested);
        List<WheelItem.Occurrence> occurrences = wheel.year(year);
        List<String> monthNames = Arrays.stream(Month.values())
                .map(month ->
                        month.getDisplayName(TextStyle.SHORT_STANDALONE, locale).replace(".", ""))
                .toList();
        model.addAttribute("year", year);
        model.addAttribute("previousYear", year > WheelService.FIRST_YEAR ? year - 1 : null);
        model.addAttribute("nextYear", year < WheelService.LAST_YEAR ? year + 1 : null);
        model.addAttribute("occurrences", occurrences);
        model.addAttribute("monthNames", monthNames);
        model.addAttribute("categoryList", List.of(WheelItem.Category.values()));
        Map<Long, String> ruleTexts = new java.util.HashMap<>();
        occurrences.stream()
                .map(WheelItem.Occurrence::item)
                .filter(WheelItem::recurring)
                .forEach(item -> ruleTexts.computeIfAbsent(item.id(), id -> rules.describe(item.rrule(), locale)));
        model.addAttribute("ruleTexts", ruleTexts);
        model.addAttribute(
                "drawing",
                WheelDrawing.draw(
                        year,
                        occurrences,
                        i -> "wheel-row-" + i,
                        occurrence -> messages.getMessage(
                                "agreement.wheel.mark.label",
                                new Object[] {
                                    formats.date(occurrence.date(), locale),
                                    occurrence.item().title(),
                                    category(occurrence.item().category(), locale)
                                },
                                locale)));
        model.addAttribute("canEdit", canEdit(request));
        model.addAttribute("canHaveFeedLinks", tokens.canHaveLinks(principal.getName()));
        model.addAttribute("feedLinks", tokens.active(principal.getName()));
        model.addAttribute("legacyFeed", tokens.legacy(principal.getName()).orElse(null));
        model.addAttribute("navSection", WheelPaths.NAV);
        return "agreement/wheel/year";
    }

    @GetMapping(WheelPaths.HOME + "/ny")
    String newItem(Model model, Locale locale) {
        return form(WheelItemForm.empty(wheel.today()), null, model, locale);
    }

    @PostMapping(WheelPaths.HOME + "/ny")
    String create(
            @Valid @ModelAttribute("itemForm") WheelItemForm itemForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = wheel.create(itemForm);
                redirect.addFlashAttribute("success", "agreement.wheel.item.created");
                return "redirect:" + yearOf(id);
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations(), FORM_FIELDS);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(itemForm, null, model, locale);
    }

    @GetMapping(WheelPaths.HOME + "/{id}/rediger")
    String edit(@PathVariable long id, Model model, Locale locale) {
        WheelItem item = item(id);
        return form(WheelItemForm.of(item), item, model, locale);
    }

    @PostMapping(WheelPaths.HOME + "/{id}/rediger")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("itemForm") WheelItemForm itemForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        WheelItem item = item(id);
        if (!result.hasErrors()) {
            try {
                wheel.update(id, itemForm);
                redirect.addFlashAttribute("success", "agreement.wheel.item.saved");
                return "redirect:" + yearOf(id);
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations(), FORM_FIELDS);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(itemForm, item, model, locale);
    }

    @PostMapping(WheelPaths.HOME + "/{id}/slet")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        WheelItem item = item(id);
        wheel.delete(id);
        redirect.addFlashAttribute("success", "agreement.wheel.item.deleted");
        return "redirect:" + WheelPaths.year(item.startsOn().getYear());
    }

    /** A new personal feed link for the reader; its address is shown once, on the page the answer leads to. */
    @PostMapping(WheelPaths.FEED_LINKS)
    String createFeedLink(Principal principal, RedirectAttributes redirect) {
        String token =
                tokens.create(principal.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute("newFeedUrl", platform.link(WheelPaths.FEED + "?token=" + token));
        redirect.addFlashAttribute("success", "agreement.wheel.feed.created");
        return "redirect:" + WheelPaths.HOME + "#wheel-feeds";
    }

    /** Revokes one of the reader's own feed links: the feed answers 410 Gone to it from now on. */
    @PostMapping(WheelPaths.FEED_LINKS + "/{id}/tilbagekald")
    String revokeFeedLink(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        if (!tokens.revoke(principal.getName(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("success", "agreement.wheel.feed.revoked");
        return "redirect:" + WheelPaths.HOME + "#wheel-feeds";
    }

    /** Revokes all of the reader's feed links from before links were stored. */
    @PostMapping(WheelPaths.FEED_LINKS + "/aeldre/tilbagekald")
    String revokeLegacyFeedLinks(Principal principal, RedirectAttributes redirect) {
        if (!tokens.revokeLegacy(principal.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("success", "agreement.wheel.feed.legacyRevoked");
        return "redirect:" + WheelPaths.HOME + "#wheel-feeds";
    }

    /**
     * The feed, for a logged-in reader of the wheel or a calendar client with a personal feed token: anyone else is
     * refused (the route authorisation lets the request through so that the token can be checked here), and a
     * revoked or expired link is gone (410).
     */
    @GetMapping(WheelPaths.FEED)
    ResponseEntity<String> feed(@RequestParam(required = false) @Nullable String token, HttpServletRequest request) {
        boolean reader = WheelPaths.READER_ROLES.stream().anyMatch(request::isUserInRole);
        if (!reader) {
            switch (tokens.check(token)) {
                case OPEN -> {}
                case GONE -> throw new ResponseStatusException(HttpStatus.GONE);
                case REFUSED -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"aarshjul.ics\"")
                .header("Cache-Control", "private, no-store")
                .body(calendar.feed(wheel.items()));
    }

    private String form(WheelItemForm itemForm, @Nullable WheelItem item, Model model, Locale locale) {
        model.addAttribute("itemForm", itemForm);
        model.addAttribute("item", item);
        Map<String, String> categories = new LinkedHashMap<>();
        for (WheelItem.Category category : WheelItem.Category.values()) {
            categories.put(category.name(), category(category, locale));
        }
        model.addAttribute("categories", categories);
        Map<String, String> owners = new LinkedHashMap<>();
        wheel.ownerNames().forEach((id, name) -> owners.put(String.valueOf(id), name));
        model.addAttribute("owners", owners);
        model.addAttribute("navSection", WheelPaths.NAV);
        return "agreement/wheel/form";
    }

    private WheelItem item(long id) {
        return wheel.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String yearOf(long id) {
        return WheelPaths.year(item(id).startsOn().getYear());
    }

    private String category(WheelItem.Category category, Locale locale) {
        return messages.getMessage("agreement.wheel.category." + category, null, locale);
    }

    private static boolean canEdit(HttpServletRequest request) {
        return Arrays.stream(WheelPaths.EDITORS).anyMatch(request::isUserInRole);
    }

    /** The year asked for, or this year when none (or no year the wheel shows) is asked for. */
    private int year(@Nullable String requested) {
        if (requested != null && requested.matches("\\d{4}")) {
            int year = Integer.parseInt(requested);
            if (year >= WheelService.FIRST_YEAR && year <= WheelService.LAST_YEAR) {
                return year;
            }
        }
        return wheel.today().getYear();
    }
}
