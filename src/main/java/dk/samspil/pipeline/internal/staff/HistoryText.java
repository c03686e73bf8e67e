package dk.samspil.pipeline.internal.staff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.FieldChange;
import dk.samspil.pipeline.ProcurementChange;
import dk.samspil.platform.DanishFormats;

/**
 * The change log as people read it: field names from {@code pipeline.field.*}, statuses, procedures and contract
 * types by their labels, periods as "2. kvartal 2027", amounts and dates in Danish, yes/no for flags.
 */
@Component
class HistoryText {

    private final MessageSource messages;
    private final DanishFormats formats;
    private final PeriodText periods;
    private final OrganisationService organisation;

    HistoryText(MessageSource messages, DanishFormats formats, PeriodText periods, OrganisationService organisation) {
        this.messages = messages;
        this.formats = formats;
        this.periods = periods;
        this.organisation = organisation;
    }

    record Entry(Instant changedAt, ProcurementChange.Kind kind, boolean material, String reason, List<Change> changes) {
    }

    record Change(String field, String from, String to) {
    }

    List<Entry> of(List<ProcurementChange> history) {
        Locale locale = LocaleContextHolder.getLocale();
        return history.stream()
                .map(c -> new Entry(c.changedAt(), c.kind(), c.material(), c.reason(),
                        c.changes().stream().map(f -> change(f, locale)).toList()))
                .toList();
    }

    private Change change(FieldChange change, Locale locale) {
        Function<String, String> text = value -> value == null ? "" : value(change.field(), value, locale);
        return new Change(messages.getMessage("pipeline.field." + change.field(), null, change.field(), locale),
                text.apply(change.from()), text.apply(change.to()));
    }

    private String value(String field, String value, Locale locale) {
        return switch (field) {
            case "status" -> message("pipeline.status." + value, value, locale);
            case "procedure" -> message("pipeline.procedure." + value, value, locale);
            case "contractType" -> message("pipeline.contractType." + value, value, locale);
            case "smeSuitable", "consortiaOpen", "innovationWanted", "marketDialoguePlanned", "sustainabilityClauses",
                 "socialClauses" -> message(Boolean.parseBoolean(value) ? "common.yes" : "common.no", value, locale);
            case "expectedPublication" -> ExpectedPeriod.parse(value).map(periods::text).orElse(value);
            case "contractStart" -> formats.date(LocalDate.parse(value));
            case "buyingUnit" -> organisation.buyingUnit(Long.parseLong(value)).map(BuyingUnit::name).orElse(value);
            case "value" -> amounts(value);
            default -> value;
        };
    }

    /** {@code 3000000} or {@code 3000000-4500000} as the change log stores them. */
    private String amounts(String value) {
        String[] parts = value.split("-");
        return parts.length == 2
                ? formats.amount(new BigDecimal(parts[0])) + " – " + formats.amount(new BigDecimal(parts[1]))
                : formats.amount(new BigDecimal(value));
    }

    private String message(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
