package dk.samspil.platform;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the business calendar under {@code samspil.calendar.*}.
 *
 * @param extraClosedDays the days the offices close every year besides the public holidays, as {@code MM-dd}
 *                        (Grundlovsdag, juleaftensdag and nytårsaftensdag by default)
 */
@ConfigurationProperties("samspil.calendar")
public record CalendarProperties(
        @DefaultValue({"06-05", "12-24", "12-31"}) List<String> extraClosedDays) {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    public CalendarProperties {
        extraClosedDays = List.copyOf(extraClosedDays);
        days(extraClosedDays);
    }

    /** The closing days as dates in the year. */
    public List<MonthDay> days() {
        return days(extraClosedDays);
    }

    private static List<MonthDay> days(List<String> texts) {
        return texts.stream()
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(text -> {
                    try {
                        return MonthDay.parse(text, MONTH_DAY);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(
                                "samspil.calendar.extra-closed-days: not a MM-dd day: " + text, e);
                    }
                })
                .toList();
    }
}
