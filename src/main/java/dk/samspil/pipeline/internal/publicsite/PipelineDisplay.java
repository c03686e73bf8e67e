package dk.samspil.pipeline.internal.publicsite;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.codelists.CpvEntry;
import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.platform.DanishFormats;

/**
 * Display text for the public pages, usable in templates as {@code ${@pipelineDisplay.expected(x)}}: expected
 * periods ("2. kvartal 2027", "marts 2027"), values ("1.500.000 kr.", a range, "Endnu ikke kendt"), CPV labels and
 * description paragraphs.
 */
@Component("pipelineDisplay")
class PipelineDisplay {

    private final DanishFormats formats;
    private final MessageSource messages;
    private final CpvCatalogue cpv;

    private final OrganisationService organisation;

    PipelineDisplay(DanishFormats formats, MessageSource messages, CpvCatalogue cpv, OrganisationService organisation) {
        this.formats = formats;
        this.messages = messages;
        this.cpv = cpv;
        this.organisation = organisation;
    }

    public String expected(ExpectedPeriod period) {
        if (period == null) {
            return "";
        }
        return period.isQuarter() ? formats.quarter(period.year(), period.quarter())
                : formats.month(YearMonth.of(period.year(), period.month()));
    }

    public String value(EstimatedValue value) {
        Locale locale = LocaleContextHolder.getLocale();
        return switch (value.kind()) {
            case UNKNOWN -> messages.getMessage("pipeline.value.unknown", null, locale);
            case EXACT -> formats.amount(value.min());
            case RANGE -> messages.getMessage("pipeline.value.range",
                    new Object[] {formats.amount(value.min()), formats.amount(value.max())}, locale);
        };
    }

    /** The code's label in the page's language, or the bare code when the vocabulary does not know it. */
    public String cpvLabel(String code) {
        return CpvCode.tryParse(code).flatMap(c -> cpv.label(c, LocaleContextHolder.getLocale())).orElse(code);
    }

    /** The code's place in the hierarchy, from its division down to the code itself. */
    public List<CpvEntry> cpvPath(String code) {
        return CpvCode.tryParse(code).map(cpv::path).orElse(List.of());
    }

    public String cpvEntryLabel(CpvEntry entry) {
        return entry.label(LocaleContextHolder.getLocale());
    }

    /**
     * A value of the change log as readers understand it: the log keeps codes and plain numbers
     * ({@code PUBLISHED}, {@code 2027-Q2}, {@code 1000000-2000000}, {@code true}); this shows their Danish text.
     */
    public String changeValue(String field, String value) {
        Locale locale = LocaleContextHolder.getLocale();
        if (value == null) {
            return messages.getMessage("pipeline.public.history.none", null, locale);
        }
        return switch (field) {
            case "status" -> messages.getMessage("pipeline.status." + value, null, value, locale);
            case "procedure" -> messages.getMessage("pipeline.procedure." + value, null, value, locale);
            case "contractType" -> messages.getMessage("pipeline.contractType." + value, null, value, locale);
            case "expectedPublication" -> ExpectedPeriod.parse(value).map(this::expected).orElse(value);
            case "contractStart" -> parseDate(value);
            case "value" -> amounts(value);
            case "buyingUnit" -> value.matches("\\d{1,18}")
                    ? organisation.buyingUnit(Long.parseLong(value)).map(BuyingUnit::name).orElse(value) : value;
            case "smeSuitable", "consortiaOpen", "innovationWanted", "marketDialoguePlanned", "sustainabilityClauses",
                 "socialClauses" -> messages.getMessage("true".equals(value) ? "common.yes" : "common.no",
                    null, locale);
            default -> value;
        };
    }

    private String parseDate(String value) {
        try {
            return formats.date(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private String amounts(String value) {
        String[] parts = value.split("-");
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (!part.matches("\\d{1,18}")) {
                return value;
            }
            text.append(text.isEmpty() ? "" : " – ").append(formats.amount(new BigDecimal(part)));
        }
        return text.toString();
    }

    /** Plain text split into paragraphs on blank lines; the template escapes each one. */
    public List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
