package dk.samspil.inquiries.internal;

import dk.samspil.inquiries.InquiryFigures;
import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.Spreadsheets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The figures for the status meetings, per month and quarter of a year, on a page and as CSV or XLSX. */
@Controller
@RequestMapping(InquiryController.BASE)
class FiguresController {

    static final String BASE = InquiryController.BASE + "/tal";
    static final int FIRST_YEAR = 2000;

    private final InquiryFiguresService figures;
    private final InquiryService inquiries;
    private final MessageSource messages;

    FiguresController(InquiryFiguresService figures, InquiryService inquiries, MessageSource messages) {
        this.figures = figures;
        this.inquiries = inquiries;
        this.messages = messages;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "inquiries";
    }

    @GetMapping("/tal")
    String page(@RequestParam(name = "aar", required = false) @Nullable Integer year, Model model) {
        int shown = year(year);
        List<InquiryFigures> quarters = figures.quarters(shown);
        model.addAttribute("year", shown);
        model.addAttribute("thisYear", inquiries.today().getYear());
        model.addAttribute("months", figures.months(shown));
        model.addAttribute("quarters", quarters);
        model.addAttribute("channels", List.of(Channel.values()));
        model.addAttribute("topics", topics(quarters));
        return "inquiries/figures";
    }

    @GetMapping("/tal.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "aar", required = false) @Nullable Integer year, Locale locale) {
        int shown = year(year);
        List<InquiryFigures> periods = periods(shown);
        return FileDownloads.attachment("henvendelser-" + shown + ".csv", Spreadsheets.CSV)
                .body(Spreadsheets.csv(header(periods, locale), rows(periods)));
    }

    @GetMapping("/tal.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "aar", required = false) @Nullable Integer year, Locale locale) {
        int shown = year(year);
        List<InquiryFigures> periods = periods(shown);
        return FileDownloads.attachment("henvendelser-" + shown + ".xlsx", Spreadsheets.XLSX)
                .body(Spreadsheets.xlsx(
                        text("inquiries.figures.sheet", locale), header(periods, locale), rows(periods)));
    }

    private int year(@Nullable Integer year) {
        int thisYear = inquiries.today().getYear();
        if (year == null) {
            return thisYear;
        }
        if (year < FIRST_YEAR || year > thisYear + 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return year;
    }

    private List<InquiryFigures> periods(int year) {
        List<InquiryFigures> periods = new ArrayList<>(figures.months(year));
        periods.addAll(figures.quarters(year));
        return periods;
    }

    private static List<String> topics(List<InquiryFigures> periods) {
        Set<String> topics = new LinkedHashSet<>();
        periods.forEach(period -> topics.addAll(period.byTopic().keySet()));
        return topics.stream()
                .sorted((a, b) -> a.isEmpty() ? 1 : b.isEmpty() ? -1 : a.compareToIgnoreCase(b))
                .toList();
    }

    private List<String> header(List<InquiryFigures> periods, Locale locale) {
        List<String> header = new ArrayList<>(List.of(
                text("inquiries.figures.period", locale),
                text("inquiries.figures.total", locale),
                text("inquiries.figures.political", locale)));
        for (Channel channel : Channel.values()) {
            header.add(text("inquiries.channel." + channel.name(), locale));
        }
        for (String topic : topics(periods)) {
            header.add(topic.isEmpty() ? text("inquiries.figures.noTopic", locale) : topic);
        }
        header.addAll(List.of(
                text("inquiries.figures.medianAcknowledge", locale),
                text("inquiries.figures.medianAnswer", locale),
                text("inquiries.figures.due", locale),
                text("inquiries.figures.within", locale)));
        return header;
    }

    private static List<List<Object>> rows(List<InquiryFigures> periods) {
        List<String> topics = topics(periods);
        List<List<Object>> rows = new ArrayList<>();
        for (InquiryFigures period : periods) {
            List<Object> row = new ArrayList<>(List.of(period.period(), period.total(), period.political()));
            for (Channel channel : Channel.values()) {
                row.add(period.byChannel().getOrDefault(channel.name(), 0));
            }
            topics.forEach(topic -> row.add(period.byTopic().getOrDefault(topic, 0)));
            row.add(period.medianDaysToAcknowledge());
            row.add(period.medianDaysToAnswer());
            row.add(period.due());
            row.add(period.withinDeadline());
            rows.add(row);
        }
        return rows;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
