package dk.samspil.pipeline;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.DanishFormats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every value of a planned procurement as people read it, in Danish or English: statuses, procedures and contract
 * types by their labels, expected periods ("3. kvartal 2027", "marts 2027"), amounts ("1.500.000 kr.") and ranges
 * (in millions, as the design system's "Danish formats" say), buying units by name, CPV codes with their labels, lots, yes/no and dates. Pages, the public
 * history, the Atom feed, alert mails and the files all show values through it, so a value reads the same everywhere.
 * <p>
 * Templates use it as {@code ${@entryPresenter.period(p)}} (in the request's language); mails and files pass the
 * reader's locale. The change log keeps codes and plain numbers ({@code PUBLISHED}, {@code 2027-Q2},
 * {@code 1000000-2000000}, {@code true}, a unit id): {@link #change(FieldChange, Locale)} shows them as text.
 */
@Component("entryPresenter")
public class EntryPresenter {

    /** The fields the change log keeps as {@code true}/{@code false}. */
    private static final List<String> FLAGS = List.of(
            "smeSuitable",
            "consortiaOpen",
            "innovationWanted",
            "marketDialoguePlanned",
            "sustainabilityClauses",
            "socialClauses");

    private static final Pattern STORED_AMOUNTS =
            Pattern.compile("(\\d{1,18}(?:\\.\\d+)?)(?:-(\\d{1,18}(?:\\.\\d+)?))?");
    /** One lot as the change log keeps it: {@code 1. Title (45261210) 2000000 [SME]}. */
    private static final Pattern STORED_LOT =
            Pattern.compile("(\\d+)\\. (.*?)(?: \\((\\d{8})\\))?(?: (\\d{1,18}(?:\\.\\d+)?))?( \\[SME])?");

    /** One changed field as text: the field's name, the value before and after ("(intet)" when there was none). */
    public record Change(String field, String from, String to) {}

    private final DanishFormats formats;
    private final MessageSource messages;
    private final CpvCatalogue cpv;
    private final OrganisationService organisation;

    EntryPresenter(DanishFormats formats, MessageSource messages, CpvCatalogue cpv, OrganisationService organisation) {
        this.formats = formats;
        this.messages = messages;
        this.cpv = cpv;
        this.organisation = organisation;
    }

    public String status(@Nullable ProcurementStatus status) {
        return status(status, locale());
    }

    public String status(@Nullable ProcurementStatus status, Locale locale) {
        return status == null ? "" : text("pipeline.status." + status.name(), locale);
    }

    public String contractType(@Nullable ContractType type, Locale locale) {
        return type == null ? "" : text("pipeline.contractType." + type.name(), locale);
    }

    public String procedure(@Nullable ProcurementProcedure procedure, Locale locale) {
        return procedure == null ? "" : text("pipeline.procedure." + procedure.name(), locale);
    }

    /** {@code 3. kvartal 2027} or {@code marts 2027}. */
    public String period(@Nullable ExpectedPeriod period) {
        return period(period, locale());
    }

    public String period(@Nullable ExpectedPeriod period, Locale locale) {
        if (period == null) {
            return "";
        }
        return period.isQuarter()
                ? formats.quarter(period.year(), period.quarter(), locale)
                : formats.month(YearMonth.of(period.year(), period.month()), locale);
    }

    /** {@code 1.500.000 kr.}, a range in millions (see {@link DanishFormats#amountRange}) or "Endnu ikke kendt". */
    public String value(EstimatedValue value) {
        return value(value, locale());
    }

    public String value(EstimatedValue value, Locale locale) {
        if (!value.known() || value.min() == null || value.max() == null) {
            return text("pipeline.value.unknown", locale);
        }
        return value.kind() == EstimatedValue.Kind.EXACT || value.min().compareTo(value.max()) == 0
                ? formats.amount(value.min(), locale)
                : formats.amountRange(value.min(), value.max(), locale);
    }

    /** An amount, or "Endnu ikke kendt" when there is none (a lot without a value). */
    public String amount(@Nullable BigDecimal amount) {
        return amount(amount, locale());
    }

    public String amount(@Nullable BigDecimal amount, Locale locale) {
        return amount == null ? text("pipeline.value.unknown", locale) : formats.amount(amount, locale);
    }

    public String yesNo(boolean value) {
        return yesNo(value, locale());
    }

    public String yesNo(boolean value, Locale locale) {
        return text(value ? "common.yes" : "common.no", locale);
    }

    /** {@code 1. september 2027}; empty when there is none. */
    public String date(@Nullable LocalDate date, Locale locale) {
        return formats.date(date, locale);
    }

    /** The unit's name, or the id when the unit no longer exists. */
    public String buyingUnit(@Nullable Long id) {
        return id == null
                ? ""
                : organisation.buyingUnit(id).map(BuyingUnit::name).orElse(id.toString());
    }

    /** {@code 45261210 Tagdækning}; the bare code when the vocabulary does not know it. */
    public String cpv(String code) {
        return cpv(code, locale());
    }

    public String cpv(String code, Locale locale) {
        String label = cpvLabel(code, locale);
        return label.equals(code) ? code : code + " " + label;
    }

    /** The code's label in the page's language, or the bare code when the vocabulary does not know it. */
    public String cpvLabel(String code) {
        return cpvLabel(code, locale());
    }

    public String cpvLabel(String code, Locale locale) {
        return CpvCode.tryParse(code).flatMap(c -> cpv.label(c, locale)).orElse(code);
    }

    /** {@code Delaftale 1: Tag (45261210 Tagdækning), 2.000.000 kr., egnet for SMV}. */
    public String lot(Lot lot, Locale locale) {
        return lot(lot.number(), lot.title(), lot.cpvCode(), lot.valueDkk(), lot.smeSuitable(), locale);
    }

    public String lots(List<Lot> lots, Locale locale) {
        return lots.stream().map(lot -> lot(lot, locale)).collect(Collectors.joining("; "));
    }

    private String lot(
            int number,
            @Nullable String title,
            @Nullable String cpvCode,
            @Nullable BigDecimal value,
            boolean sme,
            Locale locale) {
        StringBuilder text = new StringBuilder(text(
                        "pipeline.lot.title",
                        locale,
                        number,
                        title == null || title.isBlank() || "null".equals(title) ? "" : title)
                .strip());
        if (cpvCode != null) {
            text.append(" (").append(cpv(cpvCode, locale)).append(')');
        }
        if (value != null) {
            text.append(", ").append(formats.amount(value, locale));
        }
        if (sme) {
            text.append(", ").append(text("pipeline.lot.sme", locale));
        }
        return text.toString();
    }

    /** The field's name, e.g. "Forventet offentliggørelse af udbud". */
    public String field(String field, Locale locale) {
        return messages.getMessage("pipeline.field." + field, null, field, locale);
    }

    public Change change(FieldChange change) {
        return change(change, locale());
    }

    public Change change(FieldChange change, Locale locale) {
        return new Change(
                field(change.field(), locale),
                changeValue(change.field(), change.from(), locale),
                changeValue(change.field(), change.to(), locale));
    }

    /** A value of the change log as text; "(intet)" when there was none. */
    public String changeValue(String field, @Nullable String value) {
        return changeValue(field, value, locale());
    }

    public String changeValue(String field, @Nullable String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return text("pipeline.value.none", locale);
        }
        if (FLAGS.contains(field)) {
            return yesNo(Boolean.parseBoolean(value), locale);
        }
        return switch (field) {
            case "status" -> messages.getMessage("pipeline.status." + value, null, value, locale);
            case "procedure" -> messages.getMessage("pipeline.procedure." + value, null, value, locale);
            case "contractType" -> messages.getMessage("pipeline.contractType." + value, null, value, locale);
            case "expectedPublication" ->
                ExpectedPeriod.parse(value).map(p -> period(p, locale)).orElse(value);
            case "contractStart" ->
                storedDate(value).map(d -> formats.date(d, locale)).orElse(value);
            case "durationMonths" ->
                value.matches("\\d{1,4}") ? text("pipeline.value.months", locale, Integer.parseInt(value)) : value;
            case "value" -> storedValue(value).map(v -> value(v, locale)).orElse(value);
            case "buyingUnit" -> value.matches("\\d{1,18}") ? buyingUnit(Long.parseLong(value)) : value;
            case "cpvCodes" ->
                Arrays.stream(value.split(",\\s*"))
                        .map(code -> cpv(code, locale))
                        .collect(Collectors.joining(", "));
            case "lots" ->
                Arrays.stream(value.split("; (?=\\d+\\. )"))
                        .map(lot -> storedLot(lot, locale))
                        .collect(Collectors.joining("; "));
            default -> value;
        };
    }

    private static Optional<LocalDate> storedDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code 3000000} or {@code 3000000-4500000} as the change log keeps them. */
    private static Optional<EstimatedValue> storedValue(String value) {
        Matcher amounts = STORED_AMOUNTS.matcher(value);
        if (!amounts.matches()) {
            return Optional.empty();
        }
        BigDecimal min = new BigDecimal(amounts.group(1));
        return Optional.of(
                amounts.group(2) == null
                        ? EstimatedValue.exact(min)
                        : EstimatedValue.range(min, new BigDecimal(amounts.group(2))));
    }

    private String storedLot(String value, Locale locale) {
        Matcher lot = STORED_LOT.matcher(value);
        if (!lot.matches()) {
            return value;
        }
        return lot(
                Integer.parseInt(lot.group(1)),
                lot.group(2),
                lot.group(3),
                lot.group(4) == null ? null : new BigDecimal(lot.group(4)),
                lot.group(5) != null,
                locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
