package dk.samspil.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When a tender is expected: a month ({@code 2027-03}) or a quarter ({@code 2027-Q2}).
 *
 * @param quarter 1–4 when the period is a quarter, else 0
 * @param month   1–12 when the period is a month, else 0
 */
public record ExpectedPeriod(int year, int quarter, int month) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public ExpectedPeriod {
        if ((quarter == 0) == (month == 0)) {
            throw new IllegalArgumentException("Exactly one of quarter and month must be set");
        }
        if (month < 0 || month > 12 || quarter < 0 || quarter > 4 || year < 2000 || year > 2200) {
            throw new IllegalArgumentException("Not a period: " + year + "/" + quarter + "/" + month);
        }
    }

    public static ExpectedPeriod ofMonth(int year, int month) {
        return new ExpectedPeriod(year, 0, month);
    }

    public static ExpectedPeriod ofQuarter(int year, int quarter) {
        return new ExpectedPeriod(year, quarter, 0);
    }

    /** Parses {@code 2027-03} or {@code 2027-Q2}; anything else is empty. */
    public static Optional<ExpectedPeriod> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            int y = Integer.parseInt(month.group(1));
            return m >= 1 && m <= 12 && y >= 2000 && y <= 2200 ? Optional.of(ofMonth(y, m)) : Optional.empty();
        }
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            int y = Integer.parseInt(quarter.group(1));
            return y >= 2000 && y <= 2200
                    ? Optional.of(ofQuarter(y, Integer.parseInt(quarter.group(2))))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    @JsonCreator
    static ExpectedPeriod fromCode(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("Not a month or quarter: " + code));
    }

    public boolean isQuarter() {
        return quarter != 0;
    }

    public LocalDate from() {
        return isQuarter() ? LocalDate.of(year, (quarter - 1) * 3 + 1, 1) : LocalDate.of(year, month, 1);
    }

    public LocalDate to() {
        return isQuarter()
                ? YearMonth.of(year, quarter * 3).atEndOfMonth()
                : YearMonth.of(year, month).atEndOfMonth();
    }

    /** The quarter the period lies in (a month's quarter). */
    public int quarterOfYear() {
        return isQuarter() ? quarter : (month - 1) / 3 + 1;
    }

    /**
     * {@code 2027-03} or {@code 2027-Q2}; also the JSON form (in stored snapshots), because as a bean the getter
     * {@link #isQuarter()} would hide the quarter number.
     */
    @JsonValue
    public String code() {
        return isQuarter() ? year + "-Q" + quarter : String.format("%d-%02d", year, month);
    }

    @Override
    public String toString() {
        return code();
    }
}
