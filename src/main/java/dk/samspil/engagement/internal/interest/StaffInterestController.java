package dk.samspil.engagement.internal.interest;

import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.Spreadsheets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The companies interested in one entry, for the procurement officers, with CSV and XLSX export. */
@Controller
class StaffInterestController {

    private static final List<String> COLUMNS = List.of(
            "company",
            "cvr",
            "contact",
            "email",
            "phone",
            "lots",
            "note",
            "partnerFinding",
            "capabilities",
            "seeking",
            "confirmed");

    private final Interests interests;
    private final MessageSource messages;
    private final Clock clock;

    StaffInterestController(Interests interests, MessageSource messages, Clock clock) {
        this.interests = interests;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/intern/indkoeb/{reference}/interesse")
    String list(@PathVariable String reference, Model model) {
        Interests.EntryInterests entry = interests.forEntry(reference);
        model.addAttribute("entry", entry.entry());
        model.addAttribute("interests", entry.interests());
        model.addAttribute("counts", entry.counts());
        model.addAttribute("navSection", "pipeline-staff");
        return "engagement/interest/staff";
    }

    @GetMapping("/intern/indkoeb/{reference}/interesse.csv")
    ResponseEntity<byte[]> csv(@PathVariable String reference, Locale locale) {
        Interests.EntryInterests entry = interests.forEntry(reference);
        return file(Spreadsheets.csv(header(locale), rows(entry, locale)), Spreadsheets.CSV, entry, "csv");
    }

    @GetMapping("/intern/indkoeb/{reference}/interesse.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String reference, Locale locale) {
        Interests.EntryInterests entry = interests.forEntry(reference);
        return file(
                Spreadsheets.xlsx(entry.entry().reference(), header(locale), rows(entry, locale)),
                Spreadsheets.XLSX,
                entry,
                "xlsx");
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream()
                .map(column -> messages.getMessage("engagement.interest.staff.col." + column, null, locale))
                .toList();
    }

    private List<List<Object>> rows(Interests.EntryInterests entry, Locale locale) {
        String yes = messages.getMessage("common.yes", null, locale);
        String no = messages.getMessage("common.no", null, locale);
        return entry.interests().stream()
                .map(interest -> Arrays.<Object>asList(
                        interest.companyName(),
                        interest.companyCvr(),
                        interest.contactName(),
                        interest.email(),
                        interest.phone(),
                        interest.lots().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        interest.note(),
                        interest.partnerSought() ? yes : no,
                        interest.capabilities(),
                        interest.seeking(),
                        LocalDateTime.ofInstant(interest.confirmedAt(), clock.getZone())))
                .toList();
    }

    private static ResponseEntity<byte[]> file(
            byte[] content, MediaType type, Interests.EntryInterests entry, String extension) {
        String name = "interesse-" + entry.entry().reference() + "." + extension;
        return FileDownloads.attachment(name, type).body(content);
    }
}
