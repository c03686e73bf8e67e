package dk.samspil.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Danish (and English) display formats for dates, times and amounts, usable from templates as
 * {@code ${@formats.date(x)}} (in the request's language). Mails and files, written outside a request, pass the
 * reader's locale to the overloads. Dates are shown in Europe/Copenhagen.
 */
@Component("formats")
public class DanishFormats {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");

    /** Parsed patterns by language and pattern: a handful of constants, so the maps stay small. */
    private static final Map<String, DecimalFormat> NUMBER_FORMATS = new ConcurrentHashMap<>();

    private static final Map<String, DateTimeFormatter> DATE_FORMATS = new ConcurrentHashMap<>();
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** {@code 27. november 2026}. */
    public String date(@Nullable TemporalAccessor value) {
        return date(value, LocaleContextHolder.getLocale());
    }

    public String date(@Nullable TemporalAccessor value, Locale locale) {
        return value == null
                ? ""
                : pattern("d. MMMM yyyy", "d MMMM yyyy", locale).format(zoned(value));
    }

    /** {@code 27.11.2026}. */
    public String shortDate(@Nullable TemporalAccessor value) {
        return shortDate(value, LocaleContextHolder.getLocale());
    }

    public String shortDate(@Nullable TemporalAccessor value, Locale locale) {
        return value == null ? "" : pattern("dd.MM.yyyy", "dd/MM/yyyy", locale).format(zoned(value));
    }

    /** {@code 27.11.2026 14:30}. */
    public String dateTime(@Nullable TemporalAccessor value) {
        return dateTime(value, LocaleContextHolder.getLocale());
    }

    public String dateTime(@Nullable TemporalAccessor value, Locale locale) {
        return value == null
                ? ""
                : pattern("dd.MM.yyyy HH:mm", "dd/MM/yyyy HH:mm", locale).format(zoned(value));
    }

    /**
     * When something takes place, as events are written: {@code fredag 8. januar 2027 kl. 13.00–15.30}
     * ({@code Friday 8 January 2027, 13:00–15:30}); both days when it ends on another day.
     */
    public String span(Instant start, Instant end) {
        return span(start, end, LocaleContextHolder.getLocale());
    }

    public String span(Instant start, Instant end, Locale locale) {
        ZonedDateTime from = start.atZone(ZONE);
        ZonedDateTime to = end.atZone(ZONE);
        if (!from.toLocalDate().equals(to.toLocalDate())) {
            return moment(start, locale) + " – " + moment(end, locale);
        }
        return moment(start, locale) + "–" + clock(locale).format(to);
    }

    /** A point in time with its weekday: {@code torsdag 7. januar 2027 kl. 12.00} ({@code Thursday 7 January 2027, 12:00}). */
    public String moment(Instant instant) {
        return moment(instant, LocaleContextHolder.getLocale());
    }

    public String moment(Instant instant, Locale locale) {
        ZonedDateTime at = instant.atZone(ZONE);
        return pattern("EEEE d. MMMM yyyy 'kl.' ", "EEEE d MMMM yyyy, ", locale).format(at)
                + clock(locale).format(at);
    }

    /** Danish writes the time of day with a full stop ({@code 13.00}) in running text. */
    private static DateTimeFormatter clock(Locale locale) {
        return pattern("HH.mm", "HH:mm", locale);
    }

    /** {@code marts 2027}. */
    public String month(@Nullable YearMonth value) {
        return month(value, LocaleContextHolder.getLocale());
    }

    public String month(@Nullable YearMonth value, Locale locale) {
        return value == null ? "" : pattern("MMMM yyyy", "MMMM yyyy", locale).format(value);
    }

    /** {@code 2. kvartal 2027} / {@code Q2 2027}. */
    public String quarter(int year, int quarter) {
        return quarter(year, quarter, LocaleContextHolder.getLocale());
    }

    public String quarter(int year, int quarter, Locale locale) {
        return english(locale) ? "Q" + quarter + " " + year : quarter + ". kvartal " + year;
    }

    /** A count such as {@code 1.234} (thousands separated by dots; English {@code 1,234}), without a currency. */
    public String count(@Nullable Number value) {
        return count(value, LocaleContextHolder.getLocale());
    }

    public String count(@Nullable Number value, Locale locale) {
        return value == null ? "" : number(decimal(value), "#,##0", locale);
    }

    /** {@code 1.234.567 kr.} with thousands separated by dots; English uses {@code DKK 1,234,567}. */
    public String amount(@Nullable Number value) {
        return amount(value, LocaleContextHolder.getLocale());
    }

    public String amount(@Nullable Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        String number = amountNumber(value, locale);
        return english(locale) ? "DKK " + number : number + " kr.";
    }

    /**
     * An amount without its unit, for a table column whose header names the unit once (as "Amount (DKK)" does):
     * {@code 1.234.567} or {@code 2.500,50} (English {@code 1,234,567} or {@code 2,500.50}); right-align the cells.
     */
    public String amountNumber(@Nullable Number value) {
        return amountNumber(value, LocaleContextHolder.getLocale());
    }

    public String amountNumber(@Nullable Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        BigDecimal decimal = decimal(value);
        boolean whole = decimal.stripTrailingZeros().scale() <= 0;
        return number(decimal, whole ? "#,##0" : "#,##0.00", locale);
    }

    /**
     * A range of amounts: in millions with one decimal ("mio. kr."; English {@code DKK 2.0–3.5 million}) once the
     * upper end reaches a million, else in kroner ({@code 250.000–800.000 kr.}).
     */
    public String amountRange(Number from, Number to, Locale locale) {
        BigDecimal low = decimal(from);
        BigDecimal high = decimal(to);
        if (high.compareTo(MILLION) >= 0) {
            String range = millions(low, locale) + "–" + millions(high, locale);
            return english(locale) ? "DKK " + range + " million" : range + " mio. kr.";
        }
        String range = number(low, "#,##0", locale) + "–" + number(high, "#,##0", locale);
        return english(locale) ? "DKK " + range : range + " kr.";
    }

    /**
     * A total as people say it: from a million on in millions ({@code 4,5 mio. kr.}, whole millions from ten:
     * {@code 41 mio. kr.}; English {@code DKK 41 million}), below a million in whole kroner.
     */
    public String roundedAmount(Number value, Locale locale) {
        BigDecimal amount = decimal(value);
        if (amount.compareTo(MILLION) < 0) {
            return amount(amount.setScale(0, RoundingMode.HALF_UP), locale);
        }
        int scale = amount.compareTo(MILLION.multiply(BigDecimal.TEN)) >= 0 ? 0 : 1;
        String number = number(amount.divide(MILLION, scale, RoundingMode.HALF_UP), "#,##0.#", locale);
        return english(locale) ? "DKK " + number + " million" : number + " mio. kr.";
    }

    private static String millions(BigDecimal amount, Locale locale) {
        return number(amount.divide(MILLION, 2, RoundingMode.HALF_UP), "#,##0.0#", locale);
    }

    private static String number(BigDecimal value, String pattern, Locale locale) {
        // parsing a pattern costs more than formatting; DecimalFormat is not thread-safe, so each use gets a clone
        DecimalFormat prototype = NUMBER_FORMATS.computeIfAbsent(
                (english(locale) ? "en:" : "da:") + pattern,
                key -> new DecimalFormat(
                        pattern, DecimalFormatSymbols.getInstance(english(locale) ? Locale.UK : DANISH)));
        return ((DecimalFormat) prototype.clone()).format(value);
    }

    private static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static DateTimeFormatter pattern(String danish, String english, Locale locale) {
        return english(locale)
                ? DATE_FORMATS.computeIfAbsent("en:" + english, key -> DateTimeFormatter.ofPattern(english, Locale.UK))
                : DATE_FORMATS.computeIfAbsent("da:" + danish, key -> DateTimeFormatter.ofPattern(danish, DANISH));
    }

    private static TemporalAccessor zoned(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return instant.atZone(ZONE);
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.atZoneSameInstant(ZONE);
        }
        if (value instanceof ZonedDateTime zdt) {
            return zdt.withZoneSameInstant(ZONE);
        }
        return value;
    }
}
