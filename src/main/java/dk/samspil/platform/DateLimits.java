package dk.samspil.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The dates any input may carry, for every module: from {@value #MIN_YEAR} to {@value #MAX_YEAR}. Outside them a
 * date is a typing error or an attack ({@code +999999999-01-01} used to be stored as PostgreSQL's {@code infinity}
 * or fail with a 500); the refusal is {@link #MESSAGE} with the two years as arguments.
 */
public final class DateLimits {

    public static final String MESSAGE = "validation.date.range";
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;

    private static final LocalDate FIRST = LocalDate.of(MIN_YEAR, 1, 1);
    private static final LocalDate LAST = LocalDate.of(MAX_YEAR, 12, 31);
    private static final Instant FIRST_INSTANT =
            Instant.parse(MIN_YEAR + "-01-01T00:00:00Z").minus(1, ChronoUnit.DAYS);
    private static final Instant LAST_INSTANT =
            Instant.parse((MAX_YEAR + 1) + "-01-01T00:00:00Z").plus(1, ChronoUnit.DAYS);

    private DateLimits() {}

    /** Whether the date is within the limits; {@code null} (not given) is. */
    public static boolean isWithin(@Nullable LocalDate date) {
        return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
    }

    /** Whether the moment is within the limits (a day's slack for time zones); {@code null} is. */
    public static boolean isWithin(@Nullable Instant moment) {
        return moment == null || (moment.isAfter(FIRST_INSTANT) && moment.isBefore(LAST_INSTANT));
    }

    /** The arguments of {@link #MESSAGE}. */
    public static Object[] arguments() {
        return new Object[] {String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)};
    }

    /** The refusal of a date outside the limits, on {@code field}. */
    public static Violation violation(String field) {
        return new Violation(field, MESSAGE, arguments());
    }
}
