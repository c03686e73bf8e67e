package dk.samspil.pipeline.internal.staff;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates typed as {@code 1.9.2027}, {@code 01.09.2027} or {@code 2027-09-01}. */
final class DanishDates {

    static final String FORMAT = "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    private DanishDates() {}

    static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PATTERN.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    m.group(1) != null
                            ? LocalDate.of(
                                    Integer.parseInt(m.group(3)),
                                    Integer.parseInt(m.group(2)),
                                    Integer.parseInt(m.group(1)))
                            : LocalDate.of(
                                    Integer.parseInt(m.group(4)),
                                    Integer.parseInt(m.group(5)),
                                    Integer.parseInt(m.group(6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String format(LocalDate date) {
        return date == null
                ? null
                : String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
