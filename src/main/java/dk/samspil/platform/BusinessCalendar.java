package dk.samspil.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Danish business days: every day but Saturdays, Sundays, the public holidays (computed for any year, Easter by the
 * Gregorian computus; store bededag only up to 2023, when it was abolished) and extra closing days on fixed dates
 * such as Grundlovsdag, juleaftensdag and nytårsaftensdag. Deadlines "within N business days" are counted with
 * {@link #addBusinessDays}: the day of receipt itself does not count.
 */
public final class BusinessCalendar {

    /** The closing days Danish public offices keep (5 June, 24 and 31 December) with their names, as the API gives them. */
    public static final Map<MonthDay, String> USUAL_CLOSING_DAYS = Map.of(
            MonthDay.of(6, 5), "Grundlovsdag",
            MonthDay.of(12, 24), "Juleaftensdag",
            MonthDay.of(12, 31), "Nytårsaftensdag");

    /** The public holidays and the usual closing days. */
    public static final BusinessCalendar DANISH = new BusinessCalendar(USUAL_CLOSING_DAYS);

    private static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

    private final Map<MonthDay, String> extraClosedDays;

    /** @param extraClosedDays closing days on the same date every year, with their names */
    public BusinessCalendar(Map<MonthDay, String> extraClosedDays) {
        this.extraClosedDays = Map.copyOf(extraClosedDays);
    }

    /** Easter Sunday of the year by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays and extra closing days of the year, by date, with their Danish names. */
    public Map<LocalDate, String> closedDays(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "Nytårsdag");
        days.put(easter.minusDays(3), "Skærtorsdag");
        days.put(easter.minusDays(2), "Langfredag");
        days.put(easter, "Påskedag");
        days.put(easter.plusDays(1), "2. påskedag");
        if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
            days.put(easter.plusDays(26), "Store bededag");
        }
        days.put(easter.plusDays(39), "Kristi himmelfartsdag");
        days.put(easter.plusDays(49), "Pinsedag");
        days.put(easter.plusDays(50), "2. pinsedag");
        days.put(LocalDate.of(year, 12, 25), "Juledag");
        days.put(LocalDate.of(year, 12, 26), "2. juledag");
        extraClosedDays.forEach((day, name) -> {
            if (day.isValidYear(year)) {
                days.putIfAbsent(day.atYear(year), name);
            }
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(days));
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY
                && weekday != DayOfWeek.SUNDAY
                && !closedDays(date.getYear()).containsKey(date);
    }

    /** The date {@code days} business days after {@code from}; {@code from} itself does not count. */
    public LocalDate addBusinessDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Business days must not be negative: " + days);
        }
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                left--;
            }
        }
        return date;
    }
}
