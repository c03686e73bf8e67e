package dk.samspil.pipeline.internal.importing;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.platform.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one cell's text becomes a value. Each parser throws {@link Problem} with the message key that tells the
 * officer what to write instead.
 */
final class PlanCells {

    /** Yes/no tokens of the file format, in Danish and English; an empty cell is "no". */
    static final String YES = "ja";

    static final String NO = "nej";
    private static final List<String> TRUE = List.of("ja", "j", "yes", "y", "x", "true", "1", "sand");
    private static final List<String> FALSE = List.of("nej", "n", "no", "false", "0", "falsk");

    private static final Pattern DANISH_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+(,\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DANISH_DATE = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");
    private static final Pattern QUARTER_FIRST = Pattern.compile("[Qq]([1-4])\\s*[-/ ]?\\s*(\\d{4})");
    private static final Pattern YEAR_QUARTER = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*[Qq]([1-4])");
    /** {@code 3. kvartal 2027}, as Samspil writes a quarter. */
    private static final Pattern DANISH_QUARTER =
            Pattern.compile("([1-4])\\.\\s*kvartal\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[./-](\\d{4})");
    private static final Pattern NAMED_MONTH = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Map<String, Month> MONTH_NAMES = monthNames();

    /** A cell that cannot be read; nothing about the row is stored. */
    static final class Problem extends Exception {
        private final String messageKey;
        private final transient List<Object> arguments;

        Problem(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.arguments = List.of(arguments);
        }

        String messageKey() {
            return messageKey;
        }

        List<Object> arguments() {
            return arguments;
        }
    }

    private PlanCells() {}

    /** Whole kroner; {@code 2.000.000}, {@code 2000000}, {@code 2 000 000 kr.} and {@code 1500000,50} are read. */
    static BigDecimal amount(String text) throws Problem {
        String s = text.strip().replaceAll("(?i)\\s*(kr\\.?|dkk)$", "").replaceAll("[\\s\\u00A0]", "");
        Optional<BigDecimal> value;
        if (DANISH_THOUSANDS.matcher(s).matches()) {
            value = Numbers.decimal(s.replace(".", "").replace(',', '.'));
        } else if (DECIMAL_COMMA.matcher(s).matches()) {
            value = Numbers.decimal(s.replace(',', '.'));
        } else if (DECIMAL_POINT.matcher(s).matches()) {
            value = Numbers.decimal(s);
        } else {
            value = Optional.empty();
        }
        return value.orElseThrow(() -> new Problem("pipeline.import.error.amount", shorten(text.strip())))
                .setScale(0, RoundingMode.HALF_UP);
    }

    static Integer wholeNumber(String text) throws Problem {
        return Numbers.wholeNumber(text.strip().replace(',', '.'))
                .orElseThrow(() -> new Problem("pipeline.import.error.wholeNumber", shorten(text.strip())));
    }

    /** {@code 2027-06-01} or {@code 01.06.2027} (also with {@code /} or {@code -}). */
    static LocalDate date(String text) throws Problem {
        String s = text.strip();
        Matcher iso = ISO_DATE.matcher(s);
        Matcher danish = DANISH_DATE.matcher(s);
        try {
            if (iso.matches()) {
                return LocalDate.of(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            if (danish.matches()) {
                return LocalDate.of(
                        Integer.parseInt(danish.group(3)),
                        Integer.parseInt(danish.group(2)),
                        Integer.parseInt(danish.group(1)));
            }
        } catch (DateTimeException e) {
            throw new Problem("pipeline.import.error.dateInvalid", s);
        }
        throw new Problem("pipeline.import.error.dateFormat", s);
    }

    /**
     * A month or a quarter: {@code 2027-03}, {@code 2027-Q2}, {@code Q2 2027}, {@code 2. kvartal 2027},
     * {@code 03.2027}, {@code marts 2027}.
     * A whole date counts as its month, because Excel turns a typed {@code 2027-03} into the date 1 March 2027.
     */
    static ExpectedPeriod period(String text) throws Problem {
        String s = text.strip();
        Optional<ExpectedPeriod> direct = ExpectedPeriod.parse(s);
        if (direct.isPresent()) {
            return direct.get();
        }
        try {
            Matcher m;
            if ((m = YEAR_QUARTER.matcher(s)).matches()) {
                return ExpectedPeriod.ofQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = QUARTER_FIRST.matcher(s)).matches() || (m = DANISH_QUARTER.matcher(s)).matches()) {
                return ExpectedPeriod.ofQuarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH_YEAR.matcher(s)).matches()) {
                return ExpectedPeriod.ofMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = NAMED_MONTH.matcher(s)).matches()
                    && MONTH_NAMES.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
                return ExpectedPeriod.ofMonth(
                        Integer.parseInt(m.group(2)),
                        MONTH_NAMES.get(m.group(1).toLowerCase(Locale.ROOT)).getValue());
            }
            if (ISO_DATE.matcher(s).matches() || DANISH_DATE.matcher(s).matches()) {
                LocalDate date = date(s);
                return ExpectedPeriod.ofMonth(date.getYear(), date.getMonthValue());
            }
        } catch (IllegalArgumentException e) {
            throw new Problem("pipeline.import.error.period", s);
        }
        throw new Problem("pipeline.import.error.period", s);
    }

    static boolean flag(String text) throws Problem {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || FALSE.contains(s)) {
            return false;
        }
        if (TRUE.contains(s)) {
            return true;
        }
        throw new Problem("pipeline.import.error.flag", text.strip());
    }

    /** Additional CPV codes separated by commas, semicolons, spaces or line breaks. */
    static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                codes.add(part.strip());
            }
        }
        return codes;
    }

    /** A cell's text as an error message quotes it: a megabyte cell is not repeated in the preview. */
    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Locale locale : List.of(Locale.forLanguageTag("da"), Locale.ENGLISH)) {
            for (Month month : Month.values()) {
                names.put(month.getDisplayName(TextStyle.FULL, locale).toLowerCase(Locale.ROOT), month);
                names.put(
                        month.getDisplayName(TextStyle.SHORT, locale)
                                .toLowerCase(Locale.ROOT)
                                .replace(".", ""),
                        month);
            }
        }
        return Map.copyOf(names);
    }
}
