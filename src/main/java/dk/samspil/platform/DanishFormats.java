package dk.samspil.platform;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Danish (and English) display formats for dates, times and amounts, usable from templates as
 * {@code ${@formats.date(x)}}. Dates are shown in Europe/Copenhagen.
 */
@Component("formats")
public class DanishFormats {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** {@code 27. november 2026}. */
    public String date(@Nullable TemporalAccessor value) {
        return value == null ? "" : pattern("d. MMMM yyyy", "d MMMM yyyy").format(zoned(value));
    }

    /** {@code 27.11.2026}. */
    public String shortDate(@Nullable TemporalAccessor value) {
        return value == null ? "" : pattern("dd.MM.yyyy", "dd/MM/yyyy").format(zoned(value));
    }

    /** {@code 27.11.2026 14:30}. */
    public String dateTime(@Nullable TemporalAccessor value) {
        return value == null ? "" : pattern("dd.MM.yyyy HH:mm", "dd/MM/yyyy HH:mm").format(zoned(value));
    }

    /** {@code marts 2027}. */
    public String month(@Nullable YearMonth value) {
        return value == null ? "" : pattern("MMMM yyyy", "MMMM yyyy").format(value);
    }

    /** {@code 2. kvartal 2027} / {@code Q2 2027}. */
    public String quarter(int year, int quarter) {
        return english() ? "Q" + quarter + " " + year : quarter + ". kvartal " + year;
    }

    /** {@code 1.234.567 kr.} with thousands separated by dots; English uses {@code DKK 1,234,567}. */
    public String amount(@Nullable Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal decimal = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        boolean whole = decimal.stripTrailingZeros().scale() <= 0;
        if (english()) {
            DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
            return "DKK " + format.format(decimal);
        }
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(DANISH));
        return format.format(decimal) + " kr.";
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private static DateTimeFormatter pattern(String danish, String english) {
        return english() ? DateTimeFormatter.ofPattern(english, Locale.UK) : DateTimeFormatter.ofPattern(danish, DANISH);
    }

    private static TemporalAccessor zoned(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return instant.atZone(ZONE);
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.atZoneSameInstant(ZONE);
        }
        if (value instanceof ZonedDateTime zdt) {
            return zdt.withZoneSameInstant(ZONE);
        }
        if (value instanceof LocalDate || value instanceof java.time.LocalDateTime) {
            return value;
        }
        return value;
    }
}
